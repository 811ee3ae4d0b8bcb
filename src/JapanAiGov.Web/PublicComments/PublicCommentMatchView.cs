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

    private static readonly ResourceText Text = new(typeof(PublicCommentMatchView));

    /// <summary>The reason prefilled on the status form, in the editor's language: it is published and mailed as written.</summary>
    private string ApplyReason => Case.Result is { } result
        ? (result.PublishedOn, result.CommentCount) switch
        {
            ({ } on, { } count) => Text.Format("Result.DateCount", Case.CaseId, Case.Title, JapanTime.FormatDate(on), count),
            ({ } on, null) => Text.Format("Result.Date", Case.CaseId, Case.Title, JapanTime.FormatDate(on)),
            (null, { } count) => Text.Format("Result.Count", Case.CaseId, Case.Title, count),
            (null, null) => Text.Format("Result.Plain", Case.CaseId, Case.Title),
        }
        : (Case.Office, Case.Deadline) switch
        {
            ({ } office, { } deadline) => Text.Format("Open.OfficeDeadline", Case.CaseId, Case.Title, office, JapanTime.Format(deadline)),
            ({ } office, null) => Text.Format("Open.Office", Case.CaseId, Case.Title, office),
            (null, { } deadline) => Text.Format("Open.Deadline", Case.CaseId, Case.Title, JapanTime.Format(deadline)),
            (null, null) => Text.Format("Open.Plain", Case.CaseId, Case.Title),
        };

    public static async Task<List<PublicCommentMatchView>> LoadAsync(AppDbContext db, IQueryable<PublicCommentMatch> matches, CancellationToken cancellationToken)
    {
        var rows = await matches.AsNoTracking()
            .Select(m => new { Match = m, Case = m.Case!, Result = m.Case!.Result, m.Item!.Slug, m.Item.Title, m.Item.TitleJa })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            r.Case.Result = r.Result;
            return new PublicCommentMatchView(r.Match, r.Case, r.Slug, Bilingual.Pick(r.Title, r.TitleJa).Text);
        }).ToList();
    }
}
