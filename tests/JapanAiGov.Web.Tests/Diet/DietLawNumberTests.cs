using System.Text.Json;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietLawNumberTests
{
    [Theory]
    [InlineData(2026, 7, 17, 56, "令和八年法律第五十六号")]
    [InlineData(2026, 3, 31, 6, "令和八年法律第六号")]
    [InlineData(2025, 6, 4, 53, "令和七年法律第五十三号")]
    [InlineData(2019, 5, 31, 16, "令和元年法律第十六号")]
    [InlineData(2019, 4, 26, 16, "平成三十一年法律第十六号")]
    [InlineData(2003, 5, 30, 57, "平成十五年法律第五十七号")]
    [InlineData(1989, 1, 7, 1, "昭和六十四年法律第一号")]
    [InlineData(2026, 12, 31, 120, "令和八年法律第百二十号")]
    public void Format_PromulgationDay_IsTheEGovLawNumber(int year, int month, int day, int number, string expected) =>
        Assert.Equal(expected, DietLawNumber.Format(new DateOnly(year, month, day), number));

    [Theory]
    [InlineData(2026, 62, "令和八年法律第六十二号")]
    [InlineData(2019, 1, "令和元年法律第一号")]
    [InlineData(2003, 57, "平成十五年法律第五十七号")]
    public void Format_Year_UsesTheEraInForceAtTheYearsEnd(int year, int number, string expected) =>
        Assert.Equal(expected, DietLawNumber.Format(year, number));

    [Fact]
    public void Format_EveryAmendmentLawNumberInTheEGovSample_IsReproduced()
    {
        // law_revisions gives amendment_law_num with its amendment_promulgate_date: the same join the watch makes.
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "egov", "law_revisions-415AC0000000057.json")));
        var revisions = document.RootElement.GetProperty("revisions").EnumerateArray()
            .Where(r => r.GetProperty("amendment_law_num").ValueKind == JsonValueKind.String && r.GetProperty("amendment_law_num").GetString()!.Contains("法律第", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(revisions);
        foreach (var revision in revisions)
        {
            var expected = revision.GetProperty("amendment_law_num").GetString()!;
            var promulgated = DateOnly.Parse(revision.GetProperty("amendment_promulgate_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var number = LawNumberIn(expected);

            Assert.Equal(expected, DietLawNumber.Format(promulgated, number));
        }
    }

    [Fact]
    public void Format_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(new DateOnly(2026, 1, 1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(new DateOnly(1926, 12, 24), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(1925, 1));
    }

    /// <summary>The number in 令和八年法律第五十六号, read from its kanji (tens and units are enough for the sample).</summary>
    private static int LawNumberIn(string lawNumber)
    {
        const string digits = "〇一二三四五六七八九";
        var kanji = lawNumber[(lawNumber.IndexOf("法律第", StringComparison.Ordinal) + 3)..^1];
        var ten = kanji.IndexOf('十', StringComparison.Ordinal);
        var tens = ten < 0 ? 0 : ten == 0 ? 1 : digits.IndexOf(kanji[0], StringComparison.Ordinal);
        var units = ten == kanji.Length - 1 ? 0 : digits.IndexOf(kanji[^1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    [Fact]
    public void Format_EdgesOfTheRanges_AreNumbered()
    {
        Assert.Equal("令和元年法律第一号", DietLawNumber.Format(new DateOnly(2019, 5, 1), 1));
        Assert.Equal("平成三十一年法律第一号", DietLawNumber.Format(new DateOnly(2019, 4, 30), 1));
        Assert.Equal("昭和元年法律第一号", DietLawNumber.Format(1926, 1));
        Assert.EndsWith("年法律第一号", DietLawNumber.Format(9999, 1), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(10000, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(2026, 0));
    }

    [Fact]
    public void Format_BadInput_NamesTheArgumentAtFault()
    {
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(new DateOnly(2026, 1, 1), 0)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(2026, -1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(1925, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(10000, 1)).ParamName);
        var beforeShowa = Assert.Throws<ArgumentOutOfRangeException>(() => DietLawNumber.Format(new DateOnly(1926, 12, 24), 1));
        Assert.Equal("promulgatedOn", beforeShowa.ParamName);
        Assert.Contains("昭和 (1926-12-25)", beforeShowa.Message, StringComparison.Ordinal);
    }
}
