using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class KanjiNumeralTests
{
    [Theory]
    [InlineData(0, "〇")]
    [InlineData(1, "一")]
    [InlineData(6, "六")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(46, "四十六")]
    [InlineData(53, "五十三")]
    [InlineData(56, "五十六")]
    [InlineData(62, "六十二")]
    [InlineData(100, "百")]
    [InlineData(101, "百一")]
    [InlineData(110, "百十")]
    [InlineData(999, "九百九十九")]
    [InlineData(1000, "千")]
    [InlineData(2026, "二千二十六")]
    [InlineData(10000, "一万")]
    [InlineData(10001, "一万一")]
    [InlineData(123456, "十二万三千四百五十六")]
    [InlineData(100000000, "一億")]
    [InlineData(int.MaxValue, "二十一億四千七百四十八万三千六百四十七")]
    public void Format_Number_IsWrittenAsEGovWritesIt(int value, string expected) =>
        Assert.Equal(expected, KanjiNumeral.Format(value));

    [Fact]
    public void Format_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KanjiNumeral.Format(-1));

    [Fact]
    public void Format_AnyNonNegativeNumber_ReadsBackToItself() =>
        Gen.Int[0, int.MaxValue].Sample(value => Assert.Equal(value, ReadBack(KanjiNumeral.Format(value))));

    /// <summary>An independent reader of the traditional form, so the property says "the text means the number".</summary>
    private static long ReadBack(string text)
    {
        const string digits = "〇一二三四五六七八九";
        long total = 0;
        long group = 0;
        long digit = -1;
        foreach (var c in text)
        {
            var at = digits.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                digit = at;
                continue;
            }

            var place = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, '億' => 100_000_000, _ => throw new FormatException(text) };
            if (place >= 10_000)
            {
                total += (group + Math.Max(digit, 0)) * place;
                group = 0;
            }
            else
            {
                group += (digit < 0 ? 1 : digit) * place;
            }

            digit = -1;
        }

        return total + group + Math.Max(digit, 0);
    }
}
