using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class AlertChannelsTests
{
    [Fact]
    public void For_TheRegisteredKind_IsItsChannel()
    {
        var all = Enum.GetValues<AlertChannel>().Select(kind => new FakeChannel(kind)).ToList();

        Assert.Same(all[0], new AlertChannels(all).For(AlertChannel.Email));
    }

    [Fact]
    public void New_AKindWithoutAChannel_FailsNamingIt()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new AlertChannels([]));

        Assert.Contains(nameof(AlertChannel.Email), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_TwoChannelsForOneKind_Fails()
    {
        Assert.Throws<InvalidOperationException>(() => new AlertChannels([new FakeChannel(AlertChannel.Email), new FakeChannel(AlertChannel.Email)]));
    }

    private sealed class FakeChannel(AlertChannel kind) : IAlertChannel
    {
        public AlertChannel Kind => kind;

        public Task<IAlertChannelSession> OpenAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
