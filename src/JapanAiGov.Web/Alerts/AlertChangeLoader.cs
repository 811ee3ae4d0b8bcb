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
        return [.. statusChanges.Concat(legislative).OrderBy(c => c.At).ThenBy(c => c.EventId)];
    }
}
