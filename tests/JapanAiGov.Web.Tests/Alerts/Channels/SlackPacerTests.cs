using JapanAiGov.Web.Alerts.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

public sealed class SlackPacerTests
{
    [Fact]
    public async Task WaitTurn_TwoMessagesToOneDestination_LeaveASecondApart_OtherDestinationsDoNotWait()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var pacer = new SlackPacer(time);

        await pacer.WaitTurnAsync(1, CancellationToken.None);
        var second = pacer.WaitTurnAsync(1, CancellationToken.None);
        await pacer.WaitTurnAsync(2, CancellationToken.None);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
