using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Changes;

/// <summary>Withdrawals and restorations of items (<see cref="ItemWithdrawal"/>), newest first.</summary>
public sealed class WithdrawalReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.Withdrawal;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var entries = db.ItemWithdrawals.AsNoTracking();
        if (query.ItemId is { } id)
        {
            entries = entries.Where(w => w.ItemId == id);
        }

        if (query.Since is { } from)
        {
            entries = entries.Where(w => w.ChangedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            entries = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => entries.Where(w => w.ChangedAt <= at),
                ChangeTie.OlderIdAtInstant => entries.Where(w => w.ChangedAt < at || (w.ChangedAt == at && w.Id < afterId)),
                ChangeTie.ExcludeInstant => entries.Where(w => w.ChangedAt < at),
            };
        }

        var rows = await Project(entries.OrderByDescending(w => w.ChangedAt).ThenByDescending(w => w.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(db.ItemWithdrawals.AsNoTracking().Where(w => ids.Contains(w.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    private static IQueryable<Row> Project(IQueryable<ItemWithdrawal> entries) =>
        entries.Select(w => new Row(w.Id, w.ChangedAt, w.ItemId, w.Item!.Slug, w.Item.Title, w.Item.TitleJa, w.Item.Topic, w.Withdrawn, w.Reason, w.EvidenceUrl, w.ChangedBy));

    private sealed record Row(long Id, DateTimeOffset ChangedAt, int ItemId, string Slug, string Title, string TitleJa, string Topic, bool Withdrawn, string Reason, string? EvidenceUrl, string ChangedBy)
    {
        public ChangeEntry ToEntry(bool japanese) => ChangeEntries.ForItem(ChangeKind.Withdrawal, Id, ChangedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            Withdrawn = Withdrawn,
            Reason = Reason,
            EvidenceUrl = EvidenceUrl,
            ChangedBy = ChangedBy,
        };
    }
}
