using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>
/// Who won the race when an editor's save loses to another's (issue 25, point 9): the item's newest audit entry — who,
/// when, what they did, their reason and evidence, and the fields they changed — shown on the conflict view so the
/// editor can judge their own change against it instead of only being told that someone else was first.
/// </summary>
public sealed record ConflictAuthor(string UserName, DateTimeOffset At, string Action, string? Reason, string? EvidenceUrl, IReadOnlyList<AuditFieldChange> Changes)
{
    /// <summary>The fields an entry's reason is written in (status and action changes, retractions, withdrawals).</summary>
    private static readonly string[] ReasonFields = ["Reason", "ReasonJa", "RetractionReason"];

    /// <summary>The item's newest audit entry, or null when it has none (an item seeded before the audit log).</summary>
    public static async Task<ConflictAuthor?> ReadAsync(AppDbContext db, int itemId, CancellationToken cancellationToken)
    {
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ItemId == itemId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var reason = ReasonFields.Select(f => entry.Changes.FirstOrDefault(c => c.Field == f)?.New).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var evidence = entry.Changes.FirstOrDefault(c => c.Field == "EvidenceUrl")?.New;
        var others = entry.Changes.Where(c => !ReasonFields.Contains(c.Field) && c.Field != "EvidenceUrl").ToList();
        return new ConflictAuthor(entry.UserName, entry.At, entry.Action, reason, string.IsNullOrWhiteSpace(evidence) ? null : evidence, others);
    }
}
