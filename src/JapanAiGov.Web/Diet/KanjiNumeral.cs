using System.Text;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Numbers in kanji as e-Gov writes law numbers (<c>令和八年法律第五十六号</c>): 十, 百 and 千 without a leading 一
/// (十一, 百十, 千二十四), 万 and 億 with one (一万); zero is 〇.
/// </summary>
public static class KanjiNumeral
{
    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static readonly (int Place, char Unit)[] SmallUnits = [(1000, '千'), (100, '百'), (10, '十')];

    private static readonly (int Place, char Unit)[] LargeUnits = [(100_000_000, '億'), (10_000, '万')];

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
        {
            return Digits[0];
        }

        var builder = new StringBuilder();
        var rest = value;
        foreach (var (place, unit) in LargeUnits)
        {
            var group = rest / place;
            if (group > 0)
            {
                AppendBelowTenThousand(builder, group);
                builder.Append(unit);
                rest %= place;
            }
        }

        AppendBelowTenThousand(builder, rest);
        return builder.ToString();
    }

    private static void AppendBelowTenThousand(StringBuilder builder, int value)
    {
        foreach (var (place, unit) in SmallUnits)
        {
            var digit = value / place % 10;
            if (digit > 1)
            {
                builder.Append(Digits[digit]);
            }

            if (digit > 0)
            {
                builder.Append(unit);
            }
        }

        if (value % 10 is var ones and > 0)
        {
            builder.Append(Digits[ones]);
        }
    }
}
