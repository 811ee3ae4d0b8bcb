using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Reads a 和暦 date as the Diet's pages write it: <c>令和 8年 3月 5日</c> (padding spaces), <c>令和8年3月23日</c>,
/// <c>令和元年 5月 1日</c>, full-width digits, ㋿/㍻/㍼. Eras: 昭和, 平成, 令和.
/// </summary>
public static partial class WarekiDate
{
    /// <summary>
    /// True for a real day on or after the era's start. A day after the era's end is accepted (平成32年 = 2020): pages
    /// written before an era changed name later days in the old era, and the day they mean is not in doubt.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date)
    {
        date = default;
        if (text is null || text.Length > 64)
        {
            return false;
        }

        var folded = DietText.Fold(text);
        if (folded is null)
        {
            return false;
        }

        var match = Pattern().Match(folded);
        if (!match.Success || JapaneseEra.Named(match.Groups["era"].Value) is not { } era)
        {
            return false;
        }

        var eraYear = match.Groups["year"].Value == "元" ? 1 : int.Parse(match.Groups["year"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var year = era.Start.Year + eraYear - 1;
        if (eraYear < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var candidate = new DateOnly(year, month, day);
        if (candidate < era.Start)
        {
            return false;
        }

        date = candidate;
        return true;
    }

    [GeneratedRegex("^(?<era>昭和|平成|令和)(?<year>元|[0-9]{1,2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
