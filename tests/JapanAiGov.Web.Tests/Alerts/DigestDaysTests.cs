using System.ComponentModel.DataAnnotations;
using CsCheck;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class DigestDaysTests
{
    [Fact]
    public void Of_AtNine_PutsTheEarlyMorningInTheDayBefore()
    {
        // 08:59 JST on 25 November belongs to the digest of 24 November; 09:00 JST starts the next one.
        Assert.Equal(new DateOnly(2026, 11, 24), DigestDays.Of(new DateTimeOffset(2026, 11, 24, 23, 59, 0, TimeSpan.Zero), 9));
        Assert.Equal(new DateOnly(2026, 11, 25), DigestDays.Of(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), 9));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), DigestDays.Start(new DateOnly(2026, 11, 25), 9));
    }

    [Fact]
    public void Of_AnyInstantAndHour_FallsInsideItsDigestsWindow() =>
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[0, 23]).Sample((seconds, hour) =>
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
            var day = DigestDays.Of(instant, hour);
            return DigestDays.Start(day, hour) <= instant && instant < DigestDays.Start(day.AddDays(1), hour)
                && DigestDays.LastComplete(DigestDays.Start(day.AddDays(1), hour), hour) == day;
        });

    [Fact]
    public void Of_AtMidnight_IsTheDayInJapan() =>
        Gen.Long[0, 4_000_000_000L].Sample(seconds =>
            DigestDays.Of(DateTimeOffset.FromUnixTimeSeconds(seconds), 0) == JapanTime.DateOf(DateTimeOffset.FromUnixTimeSeconds(seconds)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(9, true)]
    [InlineData(23, true)]
    [InlineData(24, false)]
    public void DigestHour_IsAnHourOfTheDay(int hour, bool valid)
    {
        var options = new AlertsOptions { DigestHour = hour };
        var results = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(valid, !results.Any(r => r.ErrorMessage!.Contains("Alerts:DigestHour", StringComparison.Ordinal)));
    }
}
