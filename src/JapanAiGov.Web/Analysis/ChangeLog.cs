using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The public change log behind /changes, the Atom feeds and /api/v1/changes: status changes, legislative updates
/// of laws linked to an item, and public-comment cases confirmed for an item, merged newest first. Each source is
/// read in order from its index and only <c>limit</c> rows each, then merged, so a page costs the same however long
/// the history grows.
/// </summary>
public sealed class ChangeLog(AppDbContext db)
{
    /// <summary>
    /// Up to <paramref name="limit"/> entries, newest first, optionally for one item, not older than
    /// <paramref name="since"/> (inclusive), and strictly after <paramref name="after"/> in the log's order.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(
        int limit,
        int? itemId = null,
        DateTimeOffset? since = null,
        ChangePosition? after = null,
        CancellationToken cancellationToken = default)
    {
        // Instants are stored as UTC ticks (AppDbContext), so only UTC values compare correctly in SQL.
        since = since?.ToUniversalTime();
        after = after is null ? null : after with { OccurredAt = after.OccurredAt.ToUniversalTime() };
        var statusChanges = await ReadStatusChangesAsync(limit, itemId, since, after, cancellationToken);
        var updates = await ReadLegislativeUpdatesAsync(limit, itemId, since, after, cancellationToken);
        var publicComments = await ReadPublicCommentsAsync(limit, itemId, since, after, cancellationToken);
        return statusChanges.Concat(updates).Concat(publicComments)
            .OrderByDescending(e => e.OccurredAt)
            .ThenBy(e => e.Kind)
            .ThenByDescending(e => e.Id)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// The entries of the given status changes, legislative updates and public-comment matches (what alert events
    /// point at), oldest first; an id that is not (or no longer) a public change is left out.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(
        IReadOnlyCollection<long> statusChangeIds,
        IReadOnlyCollection<long> legislativeUpdateIds,
        IReadOnlyCollection<long> publicCommentMatchIds,
        CancellationToken cancellationToken = default)
    {
        var statusChanges = statusChangeIds.Count == 0
            ? []
            : await ToEntries(db.StatusChanges.AsNoTracking().Where(c => statusChangeIds.Contains(c.Id))).ToListAsync(cancellationToken);
        var updates = legislativeUpdateIds.Count == 0
            ? []
            : await ToEntries(LinkedUpdates().Where(x => legislativeUpdateIds.Contains(x.Update.Id))).ToListAsync(cancellationToken);
        var publicComments = publicCommentMatchIds.Count == 0
            ? []
            : await ToEntries(ConfirmedMatches().Where(m => publicCommentMatchIds.Contains(m.Id))).ToListAsync(cancellationToken);
        return statusChanges.Concat(updates).Concat(publicComments).OrderBy(e => e.OccurredAt).ThenBy(e => e.Kind).ThenBy(e => e.Id).ToList();
    }

    private async Task<List<ChangeEntry>> ReadStatusChangesAsync(int limit, int? itemId, DateTimeOffset? since, ChangePosition? after, CancellationToken cancellationToken)
    {
        var query = db.StatusChanges.AsNoTracking();
        if (itemId is { } id)
        {
            query = query.Where(c => c.ItemId == id);
        }

        if (since is { } from)
        {
            query = query.Where(c => c.ChangedAt >= from);
        }

        if (after is not null)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            query = after.Kind switch
            {
                // Status changes sort before legislative updates at one instant, so after an update only older instants remain.
                ChangeKind.StatusChange => query.Where(c => c.ChangedAt < at || (c.ChangedAt == at && c.Id < afterId)),
                _ => query.Where(c => c.ChangedAt < at),
            };
        }

        return await ToEntries(query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(limit)).ToListAsync(cancellationToken);
    }

    /// <summary>The entries with the item's title in the current UI language (the English one when no Japanese is written).</summary>
    private static IQueryable<ChangeEntry> ToEntries(IQueryable<Items.StatusChange> statusChanges) =>
        ToEntries(statusChanges, AppCultures.IsJapanese());

    private static IQueryable<ChangeEntry> ToEntries(IQueryable<Items.StatusChange> statusChanges, bool japanese) =>
        statusChanges.Select(c => new ChangeEntry
        {
            Kind = ChangeKind.StatusChange,
            Id = c.Id,
            OccurredAt = c.ChangedAt,
            ItemId = c.ItemId,
            ItemSlug = c.Item!.Slug,
            ItemTitle = japanese && c.Item.TitleJa != "" ? c.Item.TitleJa : c.Item.Title,
            ItemTitleIsOriginal = japanese && c.Item.TitleJa == "",
            ItemTopic = c.Item.Topic,
            FromStatus = c.FromStatus,
            ToStatus = c.ToStatus,
            Reason = c.Reason,
            EvidenceUrl = c.EvidenceUrl,
            EffectiveOn = c.EffectiveOn,
            ChangedBy = c.ChangedBy,
        });

    private async Task<List<ChangeEntry>> ReadLegislativeUpdatesAsync(int limit, int? itemId, DateTimeOffset? since, ChangePosition? after, CancellationToken cancellationToken)
    {
        var query = LinkedUpdates();
        if (itemId is { } id)
        {
            query = query.Where(x => x.Item.Id == id);
        }

        if (since is { } from)
        {
            query = query.Where(x => x.Update.DetectedAt >= from);
        }

        if (after is not null)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            query = after.Kind switch
            {
                ChangeKind.StatusChange => query.Where(x => x.Update.DetectedAt <= at),
                ChangeKind.LegislativeUpdate => query.Where(x => x.Update.DetectedAt < at || (x.Update.DetectedAt == at && x.Update.Id < afterId)),
                _ => query.Where(x => x.Update.DetectedAt < at),
            };
        }

        return await ToEntries(query.OrderByDescending(x => x.Update.DetectedAt).ThenByDescending(x => x.Update.Id).Take(limit)).ToListAsync(cancellationToken);
    }

    /// <summary>Legislative updates of laws linked to an item, with that item: only these are public changes.</summary>
    private IQueryable<LinkedUpdate> LinkedUpdates() =>
        from u in db.LegislativeUpdates.AsNoTracking()
        join i in db.Items.AsNoTracking() on u.WatchedLaw!.ItemId equals (int?)i.Id
        select new LinkedUpdate { Update = u, Item = i };

    private static IQueryable<ChangeEntry> ToEntries(IQueryable<LinkedUpdate> updates) =>
        ToEntries(updates, AppCultures.IsJapanese());

    private static IQueryable<ChangeEntry> ToEntries(IQueryable<LinkedUpdate> updates, bool japanese) =>
        updates.Select(x => new ChangeEntry
        {
            Kind = ChangeKind.LegislativeUpdate,
            Id = x.Update.Id,
            OccurredAt = x.Update.DetectedAt,
            ItemId = x.Item.Id,
            ItemSlug = x.Item.Slug,
            ItemTitle = japanese && x.Item.TitleJa != "" ? x.Item.TitleJa : x.Item.Title,
            ItemTitleIsOriginal = japanese && x.Item.TitleJa == "",
            ItemTopic = x.Item.Topic,
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
        public required Polling.LegislativeUpdate Update { get; init; }

        public required Items.RegulatoryItem Item { get; init; }
    }

    /// <summary>Public-comment cases confirmed for an item, at the moment of confirmation (they sort last within one instant).</summary>
    private async Task<List<ChangeEntry>> ReadPublicCommentsAsync(int limit, int? itemId, DateTimeOffset? since, ChangePosition? after, CancellationToken cancellationToken)
    {
        var query = ConfirmedMatches();
        if (itemId is { } id)
        {
            query = query.Where(m => m.ItemId == id);
        }

        if (since is { } from)
        {
            query = query.Where(m => m.DecidedAt >= from);
        }

        if (after is not null)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            query = after.Kind == ChangeKind.PublicComment
                ? query.Where(m => m.DecidedAt < at || (m.DecidedAt == at && m.Id < afterId))
                : query.Where(m => m.DecidedAt <= at);
        }

        return await ToEntries(query.OrderByDescending(m => m.DecidedAt).ThenByDescending(m => m.Id).Take(limit)).ToListAsync(cancellationToken);
    }

    /// <summary>Only matches an editor confirmed are public changes.</summary>
    private IQueryable<PublicCommentMatch> ConfirmedMatches() =>
        db.PublicCommentMatches.AsNoTracking().Where(m => m.State == PublicCommentMatchState.Confirmed && m.DecidedAt != null);

    private static IQueryable<ChangeEntry> ToEntries(IQueryable<PublicCommentMatch> matches) =>
        ToEntries(matches, AppCultures.IsJapanese());

    private static IQueryable<ChangeEntry> ToEntries(IQueryable<PublicCommentMatch> matches, bool japanese) =>
        matches.Select(m => new ChangeEntry
            {
                Kind = ChangeKind.PublicComment,
                Id = m.Id,
                OccurredAt = m.DecidedAt!.Value,
                ItemId = m.ItemId,
                ItemSlug = m.Item!.Slug,
                ItemTitle = japanese && m.Item.TitleJa != "" ? m.Item.TitleJa : m.Item.Title,
                ItemTitleIsOriginal = japanese && m.Item.TitleJa == "",
                ItemTopic = m.Item.Topic,
                ChangedBy = m.DecidedBy,
                CaseId = m.Case!.CaseId,
                CaseTitle = m.Case.Title,
                CaseUrl = m.Case.Url,
                CaseOffice = m.Case.Office,
                CommentDeadline = m.Case.Deadline,
                ResultPublishedOn = m.Case.Result == null ? null : m.Case.Result.PublishedOn,
                CommentCount = m.Case.Result == null ? null : m.Case.Result.CommentCount,
            });
}
