using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Changes;

/// <summary>
/// Corrections: status changes an editor retracted, each an entry of its own at the moment of the retraction (the
/// retracted change keeps its place in the log, marked). Read from the same rows as <see cref="StatusChangeReader"/>.
/// </summary>
public sealed class CorrectionReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.Correction;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var changes = db.StatusChanges.AsNoTracking().Where(c => c.RetractedAt != null);
        if (query.ItemId is { } id)
        {
            changes = changes.Where(c => c.ItemId == id);
        }

        if (query.Since is { } from)
        {
            changes = changes.Where(c => c.RetractedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            changes = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => changes.Where(c => c.RetractedAt <= at),
                ChangeTie.OlderIdAtInstant => changes.Where(c => c.RetractedAt < at || (c.RetractedAt == at && c.Id < afterId)),
                ChangeTie.ExcludeInstant => changes.Where(c => c.RetractedAt < at),
            };
        }

        var rows = await StatusChangeReader.Project(changes.OrderByDescending(c => c.RetractedAt).ThenByDescending(c => c.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToCorrection(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await StatusChangeReader.Project(db.StatusChanges.AsNoTracking().Where(c => ids.Contains(c.Id) && c.RetractedAt != null)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToCorrection(japanese));
    }
}
