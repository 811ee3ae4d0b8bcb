using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Localization;

/// <summary>
/// Instants are stored in UTC and shown in Japan Standard Time with the zone named: "2026年11月28日 15:40 JST" in
/// Japanese, "2026-11-28 15:40 JST" in English. Calendar dates (a law's enforcement date, an editor's "effective on")
/// are JST dates.
/// </summary>
public static class JapanTime
{
    public const string ZoneName = "JST";

    /// <summary>UTC+9: Japan's offset all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>Today's date in Japan: e-Gov's and the Diet's dates are Japanese calendar days (a law in force from 2027-01-01 is in force from midnight JST).</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>Asia/Tokyo; Japan has kept UTC+9 without daylight saving since 1951, so a fixed zone stands in when tzdata is missing.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToJst(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The JST calendar day <paramref name="instant"/> falls on (23:30 UTC is already the next day in Japan).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJst(instant).DateTime);

    /// <summary>The instant a JST calendar day begins (its midnight in Tokyo), in UTC.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The exact instant for a <c>&lt;time datetime&gt;</c> attribute: UTC, at most three fractional digits.</summary>
    public static string MachineValue(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string MachineValue(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Date and time in JST with the zone named, in the current language's form.</summary>
    public static string Format(DateTimeOffset instant, CultureInfo? culture = null)
    {
        var jst = ToJst(instant);
        return AppCultures.IsJapanese(culture)
            ? jst.ToString("yyyy'年'M'月'd'日' HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName
            : jst.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName;
    }

    /// <summary>The JST day of an instant, in the current language's form.</summary>
    public static string FormatDay(DateTimeOffset instant, CultureInfo? culture = null) => FormatDate(DateOf(instant), culture);

    public static string FormatDate(DateOnly day, CultureInfo? culture = null) =>
        AppCultures.IsJapanese(culture)
            ? day.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>&lt;time datetime="exact UTC instant"&gt;JST date and time&lt;/time&gt;</c>.</summary>
    public static IHtmlContent Time(DateTimeOffset instant) => Tag(MachineValue(instant), Format(instant));

    /// <summary><c>&lt;time datetime="exact UTC instant"&gt;JST day&lt;/time&gt;</c>: the day in Japan, the instant for machines.</summary>
    public static IHtmlContent Day(DateTimeOffset instant) => Tag(MachineValue(instant), FormatDay(instant));

    /// <summary><c>&lt;time datetime="yyyy-MM-dd"&gt;</c> for a calendar date.</summary>
    public static IHtmlContent Date(DateOnly day) => Tag(MachineValue(day), FormatDate(day));

    private static HtmlContentBuilder Tag(string machine, string text)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<time datetime=\"");
        html.Append(machine);
        html.AppendHtml("\">");
        html.Append(text);
        html.AppendHtml("</time>");
        return html;
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Tokyo", TimeSpan.FromHours(9), "Japan Standard Time", ZoneName);
        }
    }
}
