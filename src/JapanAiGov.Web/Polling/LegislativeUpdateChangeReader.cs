using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>Detected revisions of a law linked to an item: only these legislative updates are public changes.</summary>
public sealed class LegislativeUpdateChangeReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.LegislativeUpdate;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var updates = LinkedUpdates();
        if (query.ItemId is { } id)
        {
            updates = updates.Where(x => x.Item.Id == id);
        }

        if (query.Since is { } from)
        {
            updates = updates.Where(x => x.Update.DetectedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            updates = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => updates.Where(x => x.Update.DetectedAt <= at),
                ChangeTie.OlderIdAtInstant => updates.Where(x => x.Update.DetectedAt < at || (x.Update.DetectedAt == at && x.Update.Id < afterId)),
                ChangeTie.ExcludeInstant => updates.Where(x => x.Update.DetectedAt < at),
            };
        }

        var rows = await Project(updates.OrderByDescending(x => x.Update.DetectedAt).ThenByDescending(x => x.Update.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(LinkedUpdates().Where(x => ids.Contains(x.Update.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    private IQueryable<LinkedUpdate> LinkedUpdates() =>
        from u in db.LegislativeUpdates.AsNoTracking()
        join i in db.Items.AsNoTracking() on u.WatchedLaw!.ItemId equals (int?)i.Id
        select new LinkedUpdate { Update = u, Item = i };

    private static IQueryable<Row> Project(IQueryable<LinkedUpdate> updates) =>
        updates.Select(x => new Row
        {
            Id = x.Update.Id,
            DetectedAt = x.Update.DetectedAt,
            ItemId = x.Item.Id,
            Slug = x.Item.Slug,
            Title = x.Item.Title,
            TitleJa = x.Item.TitleJa,
            Topic = x.Item.Topic,
            LawId = x.Update.WatchedLaw!.LawId,
            LawTitle = x.Update.Revision!.LawTitle ?? x.Update.WatchedLaw.Title,
            LawRevisionId = x.Update.Revision.LawRevisionId,
            AmendmentLawTitle = x.Update.Revision.AmendmentLawTitle,
            PromulgationDate = x.Update.Revision.PromulgationDate,
            EnforcementDate = x.Update.Revision.EnforcementDate ?? x.Update.Revision.ScheduledEnforcementDate,
            EnforcementDateIsScheduled = x.Update.Revision.EnforcementDate == null && x.Update.Revision.ScheduledEnforcementDate != null,
        });

    private sealed class LinkedUpdate
    {
        public required LegislativeUpdate Update { get; init; }

        public required RegulatoryItem Item { get; init; }
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public DateTimeOffset DetectedAt { get; init; }

        public int ItemId { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string TitleJa { get; init; }

        public required string Topic { get; init; }

        public string? LawId { get; init; }

        public string? LawTitle { get; init; }

        public string? LawRevisionId { get; init; }

        public string? AmendmentLawTitle { get; init; }

        public DateOnly? PromulgationDate { get; init; }

        public DateOnly? EnforcementDate { get; init; }

        public bool EnforcementDateIsScheduled { get; init; }

        public ChangeEntry ToEntry(bool japanese) => ChangeEntries.ForItem(ChangeKind.LegislativeUpdate, Id, DetectedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            LawId = LawId,
            LawTitle = LawTitle,
            LawRevisionId = LawRevisionId,
            AmendmentLawTitle = AmendmentLawTitle,
            PromulgationDate = PromulgationDate,
            EnforcementDate = EnforcementDate,
            EnforcementDateIsScheduled = EnforcementDateIsScheduled,
        };
    }
}
