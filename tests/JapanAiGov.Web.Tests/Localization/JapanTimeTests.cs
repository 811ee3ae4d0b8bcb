using System.Globalization;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Tests.Localization;

public sealed class JapanTimeTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void DateOf_2330Utc_IsTheNextDayInJapan()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 28), JapanTime.DateOf(lateEvening));
        Assert.Equal(new DateOnly(2026, 11, 27), JapanTime.DateOf(lateEvening.AddMinutes(-30 - (9 * 60) + 59)));
    }

    [Fact]
    public void Format_NamesTheZone_InEachLanguagesForm()
    {
        var instant = new DateTimeOffset(2026, 11, 28, 6, 40, 0, TimeSpan.Zero);

        Assert.Equal("2026年11月28日 15:40 JST", JapanTime.Format(instant, Japanese));
        Assert.Equal("2026-11-28 15:40 JST", JapanTime.Format(instant, English));
        Assert.Equal("2026年1月5日", JapanTime.FormatDate(new DateOnly(2026, 1, 5), Japanese));
        Assert.Equal("2026-01-05", JapanTime.FormatDate(new DateOnly(2026, 1, 5), English));
    }

    [Fact]
    public void Format_AcrossNewYear_UsesTheJapaneseYear()
    {
        var newYearInTokyo = new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal("2027年1月1日 00:00 JST", JapanTime.Format(newYearInTokyo, Japanese));
        Assert.Equal("2027-01-01", JapanTime.FormatDay(newYearInTokyo, English));
    }

    [Fact]
    public void MachineValue_IsTheExactUtcInstant_WithAtMostThreeFractionalDigits()
    {
        var instant = new DateTimeOffset(2026, 11, 28, 8, 30, 15, TimeSpan.FromHours(9)).AddTicks(1234567);

        Assert.Equal("2026-11-27T23:30:15.123Z", JapanTime.MachineValue(instant));
    }

    [Fact]
    public void StartOfDay_IsMidnightInTokyo()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero), JapanTime.StartOfDay(new DateOnly(2026, 11, 28)));
        Assert.Equal(TimeSpan.Zero, JapanTime.StartOfDay(new DateOnly(2026, 11, 28)).Offset);
    }

    [Fact]
    public void DateOfStartOfDay_RoundTripsForEveryDayOfAYear()
    {
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            Assert.Equal(day, JapanTime.DateOf(JapanTime.StartOfDay(day)));
            Assert.Equal(day.AddDays(-1), JapanTime.DateOf(JapanTime.StartOfDay(day).AddTicks(-1)));
        }
    }
}
