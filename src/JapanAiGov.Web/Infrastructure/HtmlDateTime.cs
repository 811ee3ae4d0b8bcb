using System.Globalization;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>Values for <c>&lt;time datetime&gt;</c>: HTML allows at most three fractional digits, so "O" (seven) is invalid.</summary>
public static class HtmlDateTime
{
    public static string ToHtmlDateTime(this DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
