using System.Globalization;
using System.Text.RegularExpressions;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.PublicComments;

/// <summary>Lenient reading of the dates e-Gov's public-comment feeds and pages write (Japan time).</summary>
public static partial class PublicCommentDates
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>A calendar date written the ways e-Gov writes them (2026/11/20, 2026-11-20, 2026年11月20日, full-width digits).</summary>
    public static DateOnly? ParseDate(string? text) => ParseDateTime(text, out _) is { } dateTime ? DateOnly.FromDateTime(dateTime) : null;

    /// <summary>
    /// A Japan-time date with an optional time (2026/12/19 23:59; 00:00 and 24:00 both occur), as an instant. A
    /// deadline without a time means the end of that day in Japan.
    /// </summary>
    public static DateTimeOffset? ParseJapanDeadline(string? text)
    {
        if (ParseDateTime(text, out var hasTime) is not { } local)
        {
            return null;
        }

        if (!hasTime)
        {
            local = local.AddHours(23).AddMinutes(59);
        }

        return new DateTimeOffset(local, JapanOffset).ToUniversalTime();
    }

    /// <summary>
    /// e-Gov's <c>dc:date</c>: ISO 8601, but with the seconds missing (<c>2026-08-16T15:00:Z</c>) or an offset
    /// without a colon (<c>+0900</c>). Null when nothing sensible can be read.
    /// </summary>
    public static DateTimeOffset? ParseFeedDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = FeedDatePattern().Match(TextFold.Fold(text).Trim());
        if (!match.Success)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUniversalTime() : null;
        }

        int Part(string name, int fallback = 0) => match.Groups[name].Success && match.Groups[name].Length > 0
            ? int.Parse(match.Groups[name].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : fallback;

        var offset = TimeSpan.Zero;
        var zone = match.Groups["zone"].Value;
        if (zone.Length > 1 && zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var minutes = digits.Length >= 4 ? int.Parse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        }

        if (!TryBuild(Part("y"), Part("mo"), Part("d"), Part("h"), Part("mi"), Part("s"), out var local))
        {
            return null;
        }

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static DateTime? ParseDateTime(string? text, out bool hasTime)
    {
        hasTime = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = JapaneseDatePattern().Match(TextFold.Fold(text));
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => int.Parse(match.Groups[name].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        hasTime = match.Groups["h"].Success;
        var hour = hasTime ? Part("h") : 0;
        var minute = hasTime ? Part("mi") : 0;
        var nextDay = hasTime && hour == 24 && minute == 0;
        if (!TryBuild(Part("y"), Part("mo"), Part("d"), nextDay ? 0 : hour, minute, 0, out var local))
        {
            return null;
        }

        return nextDay ? local.AddDays(1) : local;
    }

    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, out DateTime value)
    {
        value = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    // NonBacktracking: linear time whatever a hostile feed puts in a date field.
    [GeneratedRegex(@"(?<y>\d{4})\s*[/\-.年]\s*(?<mo>\d{1,2})\s*[/\-.月]\s*(?<d>\d{1,2})\s*日?(?:\s*(?:\([^)]{0,10}\))?\s*(?:T\s*)?(?<h>\d{1,2})\s*[:時]\s*(?<mi>\d{2})\s*分?)?", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex JapaneseDatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})?)?(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FeedDatePattern();
}
