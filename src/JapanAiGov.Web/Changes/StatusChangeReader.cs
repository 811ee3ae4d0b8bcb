using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Changes;

/// <summary>An item's status changes: the first kind of change, read from the item's own history.</summary>
public sealed class StatusChangeReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.StatusChange;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var changes = db.StatusChanges.AsNoTracking();
        if (query.ItemId is { } id)
        {
            changes = changes.Where(c => c.ItemId == id);
        }

        if (query.Since is { } from)
        {
            changes = changes.Where(c => c.ChangedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            changes = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => changes.Where(c => c.ChangedAt <= at),
                ChangeTie.OlderIdAtInstant => changes.Where(c => c.ChangedAt < at || (c.ChangedAt == at && c.Id < afterId)),
                ChangeTie.ExcludeInstant => changes.Where(c => c.ChangedAt < at),
            };
        }

        var rows = await Project(changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(db.StatusChanges.AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    internal static IQueryable<Row> Project(IQueryable<StatusChange> changes) =>
        changes.Select(c => new Row(c.Id, c.ChangedAt, c.ItemId, c.Item!.Slug, c.Item.Title, c.Item.TitleJa, c.Item.Topic, c.FromStatus, c.ToStatus, c.Reason, c.EvidenceUrl, c.EffectiveOn, c.ChangedBy, c.RetractedAt, c.RetractedBy, c.RetractionReason));

    internal sealed record Row(
        long Id,
        DateTimeOffset ChangedAt,
        int ItemId,
        string Slug,
        string Title,
        string TitleJa,
        string Topic,
        ItemStatus? FromStatus,
        ItemStatus ToStatus,
        string Reason,
        string? EvidenceUrl,
        DateOnly? EffectiveOn,
        string ChangedBy,
        DateTimeOffset? RetractedAt,
        string? RetractedBy,
        string? RetractionReason)
    {
        public ChangeEntry ToEntry(bool japanese) => ChangeEntries.ForItem(ChangeKind.StatusChange, Id, ChangedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            FromStatus = FromStatus,
            ToStatus = ToStatus,
            Reason = Reason,
            EvidenceUrl = EvidenceUrl,
            EffectiveOn = EffectiveOn,
            ChangedBy = ChangedBy,
            RetractedAt = RetractedAt,
            RetractedBy = RetractedBy,
            RetractionReason = RetractionReason,
        };

        /// <summary>The correction of this (retracted) change: what was said, and the retraction's reason, author and time.</summary>
        public ChangeEntry ToCorrection(bool japanese) => ChangeEntries.ForItem(ChangeKind.Correction, Id, RetractedAt!.Value, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            FromStatus = FromStatus,
            ToStatus = ToStatus,
            Reason = RetractionReason,
            ChangedBy = RetractedBy,
            RetractedAt = RetractedAt,
            RetractedBy = RetractedBy,
            RetractionReason = RetractionReason,
        };
    }
}
