using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Diet;

/// <summary>The stages reached by Diet bills an editor confirmed for an item: one change per step and item.</summary>
public sealed class DietBillChangeReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.DietBill;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var steps = PublicSteps();
        if (query.ItemId is { } id)
        {
            steps = steps.Where(s => s.Match!.ItemId == id);
        }

        if (query.Since is { } from)
        {
            steps = steps.Where(s => s.RecordedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            steps = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => steps.Where(s => s.RecordedAt <= at),
                ChangeTie.OlderIdAtInstant => steps.Where(s => s.RecordedAt < at || (s.RecordedAt == at && s.Id < afterId)),
                ChangeTie.ExcludeInstant => steps.Where(s => s.RecordedAt < at),
            };
        }

        var rows = await Project(steps.OrderByDescending(s => s.RecordedAt).ThenByDescending(s => s.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(PublicSteps().Where(s => ids.Contains(s.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    /// <summary>Only steps of matches an editor confirmed are public changes.</summary>
    private IQueryable<DietBillStep> PublicSteps() =>
        db.DietBillSteps.AsNoTracking().Where(s => s.Match!.State == DietBillMatchState.Confirmed);

    private static IQueryable<Row> Project(IQueryable<DietBillStep> steps) =>
        steps.Select(s => new Row
        {
            Id = s.Id,
            RecordedAt = s.RecordedAt,
            Stage = s.Stage,
            OccurredOn = s.OccurredOn,
            ItemId = s.Match!.ItemId,
            Slug = s.Match.Item!.Slug,
            Title = s.Match.Item.Title,
            TitleJa = s.Match.Item.TitleJa,
            Topic = s.Match.Item.Topic,
            DecidedBy = s.Match.DecidedBy,
            Kind = s.Match.Bill!.Kind,
            Session = s.Match.Bill.Session,
            Number = s.Match.Bill.Number,
            BillTitle = s.Match.Bill.Title,
            BillUrl = s.Match.Bill.ProgressUrl,
            FactsJson = s.Match.Bill.FactsJson,
        });

    private sealed class Row
    {
        public long Id { get; init; }

        public DateTimeOffset RecordedAt { get; init; }

        public DietBillStage Stage { get; init; }

        public DateOnly? OccurredOn { get; init; }

        public int ItemId { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string TitleJa { get; init; }

        public required string Topic { get; init; }

        public string? DecidedBy { get; init; }

        public required string Kind { get; init; }

        public int Session { get; init; }

        public int Number { get; init; }

        public required string BillTitle { get; init; }

        public string? BillUrl { get; init; }

        public required string FactsJson { get; init; }

        public ChangeEntry ToEntry(bool japanese)
        {
            var bill = new DietBill { Kind = Kind, Session = Session, Number = Number, Title = BillTitle, FactsJson = FactsJson };
            var lawNumber = Stage == DietBillStage.Promulgated && DietPromulgation.TryRead(bill.FactsByLabel, out var on, out var number)
                ? DietLawNumber.Format(on, number)
                : null;
            return ChangeEntries.ForItem(ChangeKind.DietBill, Id, RecordedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
            {
                ChangedBy = DecidedBy,
                BillKey = bill.Key.ToString(),
                BillTitle = BillTitle,
                BillStage = Stage.ToString(),
                BillStageName = DietBillStageText.Name(Stage, japanese),
                BillStageOn = OccurredOn,
                BillLawNumber = lawNumber,
                BillUrl = BillUrl,
            };
        }
    }
}
