using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The one-line summary of a message in the current UI language (AlertHeadline.resx / .ja.resx): an email's subject
/// after its prefix, and the title any other channel shows. Text from editors and e-Gov goes in as it is; each channel
/// makes it safe for its own format.
/// </summary>
public static class AlertHeadline
{
    private static readonly ResourceText Text = new(typeof(AlertHeadline));

    public static string Confirmation() => Text["Confirmation"];

    /// <summary>The headline, a correction's led by its marker ("Correction: ", 【訂正】) as news agencies write it.</summary>
    public static string For(ChangeEntry change) => Marker(change) + Body(change);

    /// <summary>"Correction: " (【訂正】) for a correction, else empty: it leads whatever carries the headline (an email subject before its prefix).</summary>
    public static string Marker(ChangeEntry change) => change.Kind == ChangeKind.Correction ? Text["CorrectionMarker"] : string.Empty;

    /// <summary>The headline without its <see cref="Marker"/>.</summary>
    public static string Body(ChangeEntry change) => change.Kind switch
    {
        ChangeKind.StatusChange => Text.Format("StatusChange", change.ItemTitle, change.FromStatus?.Label() ?? ItemStatusText.NewLabel(), change.ToStatus?.Label()),
        ChangeKind.LegislativeUpdate => LegislativeUpdate(change.LawTitle ?? change.ItemTitle),
        ChangeKind.PublicComment => Text.Format("PublicComment", change.ItemTitle, change.CaseTitle),
        ChangeKind.DietBill => Text.Format("DietBill", change.ItemTitle, change.BillStageName, change.BillTitle),
        ChangeKind.Correction => Text.Format("Correction", change.ItemTitle, change.FromStatus?.Label(), change.ToStatus?.Label()),
        ChangeKind.Withdrawal => Text.Format(change.Withdrawn == true ? "Withdrawn" : "Restored", change.ItemTitle),
        ChangeKind.ActionChange => Text.Format("ActionChange", change.ItemTitle, change.FromAction?.Label() ?? ActionLevelText.NewLabel(), change.ToAction?.Label()),
    };

    public static string LegislativeUpdate(string lawTitle) => Text.Format("LegislativeUpdate", lawTitle);

    /// <param name="day">The day in Japan (JST) the digest covers.</param>
    public static string Digest(DateOnly day, int changeCount) => Text.Format("Digest", JapanTime.FormatDate(day), ChangeCount(changeCount));

    /// <summary>"1 change", "3 changes".</summary>
    public static string ChangeCount(int count) => count == 1 ? Text["Changes.One"] : Text.Format("Changes.Many", count);
}
