using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class WarekiDateTests
{
    /// <summary>The eras as the test knows them, independently of the code under test.</summary>
    private static readonly (string Name, DateOnly Start)[] Eras =
    [
        ("令和", new DateOnly(2019, 5, 1)),
        ("平成", new DateOnly(1989, 1, 8)),
    ];

    [Theory]
    [InlineData("令和 8年 3月 5日", 2026, 3, 5)]
    [InlineData("令和8年3月23日", 2026, 3, 23)]
    [InlineData("平成15年 5月30日", 2003, 5, 30)]
    [InlineData("令和元年 5月 1日", 2019, 5, 1)]
    [InlineData("令和１年５月１日", 2019, 5, 1)]
    [InlineData("令和　８年１２月３１日", 2026, 12, 31)]
    [InlineData("  令和 8年 3月31日\n", 2026, 3, 31)]
    [InlineData("平成元年 1月 8日", 1989, 1, 8)]
    [InlineData("平成31年 4月30日", 2019, 4, 30)]
    [InlineData("昭和64年 1月 7日", 1989, 1, 7)]
    [InlineData("昭和元年12月25日", 1926, 12, 25)]
    [InlineData("㋿8年3月5日", 2026, 3, 5)]
    [InlineData("令和 6年 2月29日", 2024, 2, 29)]
    public void TryParse_WrittenAsTheDietWritesIt_IsRead(string text, int year, int month, int day)
    {
        Assert.True(WarekiDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("平成32年 1月 1日", 2020, 1, 1)]
    [InlineData("平成31年 5月 1日", 2019, 5, 1)]
    public void TryParse_DayAfterTheEraEnded_IsTheDayItMeans(string text, int year, int month, int day)
    {
        Assert.True(WarekiDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("令和 8年 2月30日")]
    [InlineData("令和 7年 2月29日")]
    [InlineData("令和 8年13月 1日")]
    [InlineData("令和 8年 0月 1日")]
    [InlineData("令和 8年 4月 0日")]
    [InlineData("令和 0年 5月 1日")]
    [InlineData("令和元年 4月30日")]
    [InlineData("平成元年 1月 7日")]
    [InlineData("昭和元年12月24日")]
    [InlineData("大正15年12月24日")]
    [InlineData("2026-03-05")]
    [InlineData("令和 8年 3月")]
    [InlineData("令和 8年 3月 5日 ／ 可決")]
    [InlineData("令和二年 3月 5日")]
    [InlineData("令和 ٨年 3月 5日")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("／")]
    [InlineData(null)]
    public void TryParse_NotADayOfTheEra_IsFalse(string? text)
    {
        Assert.False(WarekiDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void TryParse_AnyDayFromHeiseiTo2100WrittenAnyWay_RoundTrips() =>
        Gen.Select(
            Gen.Int[new DateOnly(1989, 1, 8).DayNumber, new DateOnly(2100, 12, 31).DayNumber],
            Gen.Bool,
            Gen.Bool,
            Gen.Int[0, 2].Array[4],
            (day, fullWidth, gannen, padding) => (Date: DateOnly.FromDayNumber(day), fullWidth, gannen, padding)).Sample(sample =>
        {
            var text = Write(sample.Date, sample.fullWidth, sample.gannen, sample.padding);

            Assert.True(WarekiDate.TryParse(text, out var date), text);
            Assert.Equal(sample.Date, date);
        });

    [Fact]
    public void TryParse_AnyText_NeverThrows() =>
        Gen.OneOf(
            Gen.String,
            Gen.String["令和平成昭和元年月日0123456789０１２３ 　\ud800"],
            Gen.Const("令和 99年 99月 99日"),
            Gen.Const("平成99年12月31日")).Sample(text =>
        {
            if (WarekiDate.TryParse(text, out var date))
            {
                Assert.InRange(date, new DateOnly(1926, 12, 25), new DateOnly(2117, 12, 31));
            }
        });

    /// <summary>The Diet's way: era, year right-aligned to two places with spaces, month and day likewise.</summary>
    private static string Write(DateOnly date, bool fullWidth, bool gannen, int[] padding)
    {
        var (name, start) = Eras.First(era => era.Start <= date);
        var year = date.Year - start.Year + 1;
        var yearText = year == 1 && gannen ? "元" : Digits(year, fullWidth);
        string Pad(int n) => new(n == 2 ? '\u3000' : ' ', n);
        return $"{Pad(padding[0])}{name}{Pad(padding[1])}{yearText}年{Pad(padding[2])}{Digits(date.Month, fullWidth)}月{Pad(padding[3])}{Digits(date.Day, fullWidth)}日";
    }

    private static string Digits(int value, bool fullWidth)
    {
        var ascii = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fullWidth ? new string([.. ascii.Select(c => (char)(c - '0' + '０'))]) : ascii;
    }
}
