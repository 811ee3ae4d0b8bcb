using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The daily digest's days: a digest dated D covers the 24 hours from D at the send hour in Japan
/// (<see cref="AlertsOptions.DigestHour"/>, 09:00 JST by default) to the same hour the next day, and goes out then, so
/// a Japanese reader finds yesterday's changes in the morning. The fan-out's "who was told" rule for corrections reads
/// the same days.
/// </summary>
public static class DigestDays
{
    /// <summary>The digest an instant's change belongs to.</summary>
    public static DateOnly Of(DateTimeOffset instant, int hour) => JapanTime.DateOf(instant - TimeSpan.FromHours(hour));

    /// <summary>When the digest dated <paramref name="day"/> starts; it ends (and is sent) at the start of the next.</summary>
    public static DateTimeOffset Start(DateOnly day, int hour) => JapanTime.StartOfDay(day) + TimeSpan.FromHours(hour);

    /// <summary>The last digest whose 24 hours are over at <paramref name="now"/>.</summary>
    public static DateOnly LastComplete(DateTimeOffset now, int hour) => Of(now, hour).AddDays(-1);
}
