using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>The public side of public comments: only cases an editor confirmed for an item are ever shown to analysts.</summary>
public static class PublicCommentQueries
{
    public static async Task<IReadOnlyList<PublicCommentCase>> ConfirmedForItemAsync(AppDbContext db, int itemId, CancellationToken cancellationToken)
    {
        var rows = await db.PublicCommentMatches.AsNoTracking()
            .Where(m => m.ItemId == itemId && m.State == PublicCommentMatchState.Confirmed)
            .OrderByDescending(m => m.Case!.PublishedOn)
            .ThenByDescending(m => m.CaseId)
            .Select(m => new { m.Case, m.Case!.Result })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            r.Case!.Result = r.Result;
            return r.Case;
        }).ToList();
    }
}
