using System.Globalization;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// A law's number as e-Gov writes <c>amendment_law_num</c> (<c>令和八年法律第五十六号</c>), the join from a promulgated
/// bill to e-Gov's amendment law.
/// </summary>
public static class DietLawNumber
{
    /// <summary>The exact form for a law promulgated on that day, in the era then in force (元年 for an era's first year).</summary>
    public static string Format(DateOnly promulgatedOn, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var era = JapaneseEra.On(promulgatedOn)
            ?? throw new ArgumentOutOfRangeException(nameof(promulgatedOn), promulgatedOn, "Laws before 昭和 (1926-12-25) are not numbered here.");
        var year = era.YearOf(promulgatedOn);
        return string.Create(CultureInfo.InvariantCulture, $"{era.Name}{(year == 1 ? "元" : KanjiNumeral.Format(year))}年法律第{KanjiNumeral.Format(number)}号");
    }

    /// <summary>
    /// The form for a law of that Gregorian year, in the era in force at the year's end. 1989 and 2019 hold two eras
    /// each, and a law promulgated before the change carries the old one (平成三十一年…); when the day is known use
    /// <see cref="Format(DateOnly, int)"/>.
    /// </summary>
    public static string Format(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1926);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return Format(new DateOnly(year, 12, 31), number);
    }
}
