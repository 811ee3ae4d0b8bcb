using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Pages;

/// <summary>How the pages colour a status (site.css); the domain in Items/ knows nothing of CSS.</summary>
public static class ItemStatusCss
{
    /// <summary>The CSS modifier used for the status badge; the label is always shown beside the colour.</summary>
    public static string CssClass(this ItemStatus status) => status switch
    {
        ItemStatus.Reported => "status-reported",
        ItemStatus.Confirmed => "status-confirmed",
        ItemStatus.PendingMetiAnnex => "status-pending",
        _ => "status-unknown",
    };

    /// <summary>
    /// The status badge: colour, dot and the label in the current language, with the explanation as its title. A
    /// method rather than a partial view, because a page shows one per row and a partial is looked up and rendered
    /// through the view engine every time (a tenth of the dashboard's time).
    /// The label and explanation are encoded when the page is written, by the page's own encoder.
    /// </summary>
    public static IHtmlContent Badge(this ItemStatus status) => new HtmlContentBuilder(5)
        .AppendHtml($"<span class=\"badge {status.CssClass()}\" title=\"")
        .Append(status.Explanation())
        .AppendHtml("\"><span class=\"badge-dot\" aria-hidden=\"true\"></span>")
        .Append(status.Label())
        .AppendHtml("</span>");
}
