using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietPromulgationTests
{
    [Fact]
    public void TryRead_ProgressSample_IsTheDayAndLawNumber()
    {
        var facts = DietProgressParser.Parse(DietSamples.Html(DietSamples.ProgressPage)).FactsByLabel;

        Assert.True(DietPromulgation.TryRead(facts, out var date, out var number));
        Assert.Equal(new DateOnly(2026, 3, 31), date);
        Assert.Equal(6, number);
        Assert.Equal("令和八年法律第六号", DietLawNumber.Format(date, number));
    }

    [Fact]
    public void TryRead_PairedRowAsWritten_IsReadToo()
    {
        var facts = new Dictionary<string, string> { ["公布年月日／法律番号"] = "令和 8年 7月17日 ／ 56" };

        Assert.True(DietPromulgation.TryRead(facts, out var date, out var number));
        Assert.Equal("令和八年法律第五十六号", DietLawNumber.Format(date, number));
    }

    [Theory]
    [InlineData("令和 8年 3月31日", "")]
    [InlineData("", "6")]
    [InlineData("令和 8年 2月30日", "6")]
    [InlineData("令和 8年 3月31日", "0")]
    [InlineData("令和 8年 3月31日", "六")]
    public void TryRead_DateOrNumberMissingOrUnreadable_IsFalse(string date, string number)
    {
        var facts = new Dictionary<string, string> { [DietLabels.PromulgatedOn] = date, [DietLabels.LawNumber] = number };

        Assert.False(DietPromulgation.TryRead(facts, out var read, out var lawNumber));
        Assert.Equal(default, read);
        Assert.Equal(0, lawNumber);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("６", 6)]
    [InlineData(" 56 ", 56)]
    [InlineData("第56号", 56)]
    [InlineData("法律第５６号", 56)]
    public void LawNumberOf_WrittenAnyWay_IsRead(string text, int expected) =>
        Assert.Equal(expected, DietPromulgation.LawNumberOf(text));
}
