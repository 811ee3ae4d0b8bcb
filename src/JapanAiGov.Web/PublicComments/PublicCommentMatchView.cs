using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>A case matched to an item, as the inbox and the case page show it.</summary>
public sealed record PublicCommentMatchView(PublicCommentMatch Match, PublicCommentCase Case, string ItemSlug, string ItemTitle)
{
    /// <summary>The item's status form, prefilled with the e-Gov case page as official evidence (and Confirmed once a result is out).</summary>
    public string ApplyUrl =>
        $"/admin/items/{Uri.EscapeDataString(ItemSlug)}/status?"
        + (Case.Result is null ? string.Empty : "status=Confirmed&")
        + $"evidence={Uri.EscapeDataString(Case.Result?.Url ?? Case.Url)}&reason={Uri.EscapeDataString(ApplyReason)}";

    private string ApplyReason => Case.Result is { } result
        ? $"e-Gov public comment {Case.CaseId}: the result of “{Case.Title}” was published"
          + (result.PublishedOn is { } on ? $" on {on:yyyy-MM-dd}" : string.Empty)
          + (result.CommentCount is { } count ? $" ({count} comments received)." : ".")
        : $"e-Gov public comment {Case.CaseId}: “{Case.Title}”"
          + (Case.Office is null ? string.Empty : $" ({Case.Office})")
          + (Case.Deadline is { } deadline ? $", open for comment until {JapanTime.Format(deadline)}." : ".");

    public static async Task<List<PublicCommentMatchView>> LoadAsync(AppDbContext db, IQueryable<PublicCommentMatch> matches, CancellationToken cancellationToken)
    {
        var rows = await matches.AsNoTracking()
            .Select(m => new { Match = m, Case = m.Case!, Result = m.Case!.Result, m.Item!.Slug, m.Item.Title })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            r.Case.Result = r.Result;
            return new PublicCommentMatchView(r.Match, r.Case, r.Slug, r.Title);
        }).ToList();
    }
}
