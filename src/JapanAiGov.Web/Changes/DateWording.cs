using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Changes;

/// <summary>
/// The one wording for dates in feeds, pages and mail, in the current language (DateWording.resx / .ja.resx), with
/// JST calendar dates in that language's form: an enforcement date e-Gov only schedules is never worded as one that has
/// been fixed, and an effective date is the one the editor recorded.
/// </summary>
public static class DateWording
{
    private static readonly ResourceText Text = new(typeof(DateWording));

    public static string Promulgated(DateOnly date) => Text.Format("Promulgated", JapanTime.FormatDate(date));

    public static string Enforcement(DateOnly date, bool scheduled) =>
        Text.Format(scheduled ? "ScheduledInForce" : "InForce", JapanTime.FormatDate(date));

    public static string Effective(DateOnly date) => Text.Format("Effective", JapanTime.FormatDate(date));

    /// <summary>An action level's key date: "Comment deadline: 2026年…" with its label, "Key date: …" without.</summary>
    public static string KeyDate(DateOnly date, string? label) =>
        string.IsNullOrWhiteSpace(label) ? Text.Format("KeyDate", JapanTime.FormatDate(date)) : Text.Format("KeyDateLabelled", JapanTime.FormatDate(date), label);
}
