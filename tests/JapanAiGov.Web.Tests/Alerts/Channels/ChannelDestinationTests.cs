using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

public sealed class ChannelDestinationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ChannelDestination Webhook() => new()
    {
        Kind = AlertChannel.Webhook,
        Name = "hook",
        UrlProtected = "u",
        UrlDisplay = "https://example.org/…",
        SecretProtected = "old",
        CreatedBy = "admin",
        Subscription = new Subscription { Email = "channel:x", ScopeKey = "all", UnsubscribeTokenHash = "h", UnsubscribeTokenProtected = "p" },
    };

    [Fact]
    public void RotateSecret_BothSignFor24Hours_ThenOnlyTheNewOne()
    {
        var destination = Webhook();

        destination.RotateSecret("new", Now);

        Assert.Equal(["new", "old"], destination.SigningSecrets(Now));
        Assert.Equal(["new", "old"], destination.SigningSecrets(Now.AddHours(24).AddSeconds(-1)));
        Assert.Equal(["new"], destination.SigningSecrets(Now.AddHours(24)));
    }

    [Fact]
    public void Disable_EndsTheSubscription_EnableRestoresIt()
    {
        var destination = Webhook();

        destination.Disable("The destination answered 410 Gone.", Now);

        Assert.False(destination.Enabled);
        Assert.Equal(Now, destination.Subscription!.UnsubscribedAt);
        destination.Enable();
        Assert.True(destination.Enabled);
        Assert.Null(destination.DisabledReason);
        Assert.Null(destination.Subscription.UnsubscribedAt);
    }

    [Theory]
    [InlineData(200, "sent")]
    [InlineData(202, "sent")]
    [InlineData(301, "failed")]
    [InlineData(400, "failed")]
    [InlineData(404, "failed")]
    [InlineData(408, "retry")]
    [InlineData(410, "gone")]
    [InlineData(429, "retry")]
    [InlineData(500, "retry")]
    [InlineData(503, "retry")]
    public void ChannelAnswer_Classify_FollowsStandardWebhooks(int status, string outcome) => Assert.Equal(outcome, ChannelAnswer.Classify(status));
}
