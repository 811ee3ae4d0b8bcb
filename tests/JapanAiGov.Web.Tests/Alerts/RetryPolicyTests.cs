using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class RetryPolicyTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 15, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(3, 60, 120)]
    [InlineData(7, 960, 1920)]
    [InlineData(8, 1800, 3600)]
    public void Delay_GrowsExponentially_WithJitterBetweenHalfAndAll(int attempt, double lowSeconds, double highSeconds)
    {
        Assert.Equal(lowSeconds, RetryPolicy.Delay(attempt, Base, Max, 0).TotalSeconds, 3);
        Assert.Equal(highSeconds, RetryPolicy.Delay(attempt, Base, Max, 1).TotalSeconds, 3);
        Assert.Equal((lowSeconds + highSeconds) / 2, RetryPolicy.Delay(attempt, Base, Max, 0.5).TotalSeconds, 3);
    }

    [Fact]
    public void Delay_IsCappedAtTheMaximum_EvenForHugeAttemptCounts()
    {
        Assert.Equal(Max, RetryPolicy.Delay(1000, Base, Max, 1));
        Assert.Equal(Max / 2, RetryPolicy.Delay(1000, Base, Max, 0));
    }

    [Fact]
    public void Delay_SpreadsRetriesOfTheSameAttempt()
    {
        var delays = Enumerable.Range(0, 10).Select(i => RetryPolicy.Delay(3, Base, Max, i / 10.0)).Distinct().Count();
        Assert.Equal(10, delays);
    }
}
