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

    public static string Explanation(this ItemStatus status) => status switch
    {
        ItemStatus.Reported => "Press or early reporting only; no official text yet.",
        ItemStatus.Confirmed => "Official text or an official government publication exists.",
        ItemStatus.PendingMetiAnnex => "Adopted in principle; definitions wait on METI technical annexes.",
        _ => string.Empty,
    };
}
