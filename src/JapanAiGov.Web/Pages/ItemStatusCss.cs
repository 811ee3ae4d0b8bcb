using JapanAiGov.Web.Items;

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
}
