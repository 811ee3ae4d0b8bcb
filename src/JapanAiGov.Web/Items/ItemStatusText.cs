namespace JapanAiGov.Web.Items;

public static class ItemStatusText
{
    public static string Label(this ItemStatus status) => status switch
    {
        ItemStatus.Reported => "Reported",
        ItemStatus.Confirmed => "Confirmed",
        ItemStatus.PendingMetiAnnex => "Pending METI annex",
        _ => status.ToString(),
    };

    /// <summary>The CSS modifier used for the status badge; the label is always shown beside the colour.</summary>
    public static string CssClass(this ItemStatus status) => status switch
    {
        ItemStatus.Reported => "status-reported",
        ItemStatus.Confirmed => "status-confirmed",
        ItemStatus.PendingMetiAnnex => "status-pending",
        _ => "status-unknown",
    };

    public static string Explanation(this ItemStatus status) => status switch
    {
        ItemStatus.Reported => "Press or early reporting only; no official text yet.",
        ItemStatus.Confirmed => "Official text or an official government publication exists.",
        ItemStatus.PendingMetiAnnex => "Adopted in principle; definitions wait on METI technical annexes.",
        _ => string.Empty,
    };
}
