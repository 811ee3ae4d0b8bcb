using System.Globalization;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The one wording for dates in feeds, pages and mail: an enforcement date e-Gov only schedules is never worded as
/// one that has been fixed, and an effective date is the one the editor recorded.
/// </summary>
public static class DateWording
{
    public static string Promulgated(DateOnly date) => "Promulgated: " + Day(date);

    public static string Enforcement(DateOnly date, bool scheduled) =>
        (scheduled ? "Scheduled to come into force: " : "In force from: ") + Day(date);

    public static string Effective(DateOnly date) => "Effective: " + Day(date);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
