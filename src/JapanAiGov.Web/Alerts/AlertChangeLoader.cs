using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

/// <summary>Loads alert events with everything their emails show, in one query per kind.</summary>
public static class AlertChangeLoader
{
    public static async Task<List<AlertChange>> LoadAsync(AppDbContext db, IReadOnlyCollection<long> eventIds, CancellationToken cancellationToken)
    {
        var statusChanges = await (
            from e in db.AlertEvents.AsNoTracking()
            where eventIds.Contains(e.Id) && e.Kind == AlertEventKind.StatusChanged
            join i in db.Items on e.ItemId equals i.Id
            join c in db.StatusChanges on e.StatusChangeId equals c.Id
            select new AlertChange(e.Id, e.Kind, i.Id, i.Title, i.Slug, i.Topic, e.CreatedAt, c.FromStatus, c.ToStatus, c.Reason, c.EvidenceUrl, null, null, null, null))
            .ToListAsync(cancellationToken);
        var legislative = await (
            from e in db.AlertEvents.AsNoTracking()
            where eventIds.Contains(e.Id) && e.Kind == AlertEventKind.LegislativeUpdate
            join i in db.Items on e.ItemId equals i.Id
            join u in db.LegislativeUpdates on e.LegislativeUpdateId equals u.Id
            join r in db.LawRevisions on u.LawRevisionId equals r.Id
            join w in db.WatchedLaws on u.WatchedLawId equals w.Id
            select new AlertChange(e.Id, e.Kind, i.Id, i.Title, i.Slug, i.Topic, e.CreatedAt, null, null, null, null, r.LawTitle ?? w.Title, r.AmendmentLawTitle, r.PromulgationDate, r.EnforcementDate))
            .ToListAsync(cancellationToken);
        var publicComments = (await (
            from e in db.AlertEvents.AsNoTracking()
            where eventIds.Contains(e.Id) && e.Kind == AlertEventKind.PublicComment
            join i in db.Items on e.ItemId equals i.Id
            join m in db.PublicCommentMatches on e.PublicCommentMatchId equals m.Id
            select new { e.Id, e.Kind, e.CreatedAt, i.Title, i.Slug, i.Topic, ItemId = i.Id, m.Case!.CaseId, CaseTitle = m.Case.Title, m.Case.Url, m.Case.Office, m.Case.Deadline, ResultOn = m.Case.Result == null ? null : m.Case.Result.PublishedOn, Count = m.Case.Result == null ? null : m.Case.Result.CommentCount })
            .ToListAsync(cancellationToken))
            .Select(x => new AlertChange(x.Id, x.Kind, x.ItemId, x.Title, x.Slug, x.Topic, x.CreatedAt, CaseTitle: x.CaseTitle, CaseUrl: x.Url, CaseFacts: PublicComments.PublicCommentText.Facts(x.Office, x.Deadline, x.ResultOn, x.Count)));
        var unlinked = await (
            from e in db.AlertEvents.AsNoTracking()
            where eventIds.Contains(e.Id) && e.Kind == AlertEventKind.StatusChanged && e.StatusChangeId == null
            join i in db.Items on e.ItemId equals i.Id
            select new { e.Id, e.Kind, e.CreatedAt, Item = i })
            .ToListAsync(cancellationToken);
        foreach (var e in unlinked)
        {
            // An event written without its StatusChangeId still names the item and the moment: use the change recorded then.
            var change = await db.StatusChanges.AsNoTracking()
                .Where(c => c.ItemId == e.Item.Id && c.ChangedAt <= e.CreatedAt)
                .OrderByDescending(c => c.ChangedAt)
                .ThenByDescending(c => c.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (change is not null)
            {
                statusChanges.Add(new AlertChange(e.Id, e.Kind, e.Item.Id, e.Item.Title, e.Item.Slug, e.Item.Topic, e.CreatedAt, change.FromStatus, change.ToStatus, change.Reason, change.EvidenceUrl));
            }
        }

        return [.. statusChanges.Concat(legislative).Concat(publicComments).OrderBy(c => c.At).ThenBy(c => c.EventId)];
    }
}
