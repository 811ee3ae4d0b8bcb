using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Tests.Alerts.Email;

public sealed class EmailChannelTests
{
    private static readonly ChangeEntry Change = new()
    {
        Kind = ChangeKind.StatusChange,
        Id = 7,
        ItemId = 1,
        ItemTitle = "PIPA amendment",
        ItemSlug = "pipa",
        ItemTopic = "privacy",
        OccurredAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
        FromStatus = ItemStatus.Reported,
        ToStatus = ItemStatus.Confirmed,
        Reason = "Official text published.",
    };

    private static AlertMessage Alert(string recipient = "reader@example.org", string deliveryKey = "alert/7/3", string language = "en") => new()
    {
        Kind = DeliveryKind.Alert,
        DeliveryKey = deliveryKey,
        Recipient = recipient,
        Language = language,
        Headline = "PIPA amendment: Reported → Confirmed",
        ScopeDescription = "every item JapanAiGov tracks",
        Cadence = AlertCadence.Immediate,
        Changes = [Change],
        UnsubscribeToken = "TOKEN",
    };

    [Fact]
    public void Kind_IsEmail()
    {
        Assert.Equal(AlertChannel.Email, Channel(new FakeTransport()).Kind);
    }

    [Fact]
    public async Task Open_TransportUnreachable_IsATransientChannelFailure()
    {
        var refused = new MailTransportException("Connection refused", isPermanent: false);
        var channel = Channel(new FakeTransport { OpenFailure = refused });

        var exception = await Assert.ThrowsAsync<AlertChannelException>(() => channel.OpenAsync(CancellationToken.None));

        Assert.Equal("Mail server unavailable: Connection refused", exception.Message);
        Assert.False(exception.IsPermanent);
        Assert.Same(refused, exception.InnerException);
    }

    [Theory]
    [InlineData("550 5.1.1 r***@example.org: Recipient address rejected", true)]
    [InlineData("451 4.3.0 Try again later", false)]
    public async Task Send_TransportRefusal_KeepsItsMessageAndPermanence(string error, bool permanent)
    {
        var transport = new FakeTransport { SendFailure = new MailTransportException(error, permanent) };
        await using var session = await Channel(transport).OpenAsync(CancellationToken.None);

        var exception = await Assert.ThrowsAsync<AlertChannelException>(() => session.SendAsync(Alert(), CancellationToken.None));

        Assert.Equal(error, exception.Message);
        Assert.Equal(permanent, exception.IsPermanent);
        Assert.IsType<MailTransportException>(exception.InnerException);
    }

    [Fact]
    public async Task Send_RecipientWithALineBreak_IsAPermanentFailureAndNothingIsSent()
    {
        var transport = new FakeTransport();
        await using var session = await Channel(transport).OpenAsync(CancellationToken.None);

        var exception = await Assert.ThrowsAsync<AlertChannelException>(() => session.SendAsync(Alert(recipient: "reader@example.org\r\nBcc: victim@example.org"), CancellationToken.None));

        Assert.True(exception.IsPermanent);
        Assert.IsType<UnsafeHeaderException>(exception.InnerException);
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task Send_DeliveryKeyOfNoKnownForm_IsAPermanentFailureAndNothingIsSent()
    {
        var transport = new FakeTransport();
        await using var session = await Channel(transport).OpenAsync(CancellationToken.None);

        var exception = await Assert.ThrowsAsync<AlertChannelException>(() => session.SendAsync(Alert(deliveryKey: "alert/7"), CancellationToken.None));

        Assert.True(exception.IsPermanent);
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task Send_Alert_IsTheRenderersEmailWithTheMessageIdFromTheDeliveryKey()
    {
        var transport = new FakeTransport();
        await using var session = await Channel(transport).OpenAsync(CancellationToken.None);

        await session.SendAsync(Alert(), CancellationToken.None);

        var sent = Assert.Single(transport.Sent);
        var expected = AlertEmailRendererTests.Renderer.Alert("reader@example.org", "every item JapanAiGov tracks", Change, "TOKEN", "alert.7.3@japanaigov.example");
        Assert.Equal("alert.7.3@japanaigov.example", sent.MessageId);
        Assert.Equal(expected.Subject, sent.Subject);
        Assert.Equal(expected.TextBody, sent.TextBody);
        Assert.Equal(expected.HtmlBody, sent.HtmlBody);
        Assert.Equal(expected.Headers["List-Unsubscribe"], sent.Headers["List-Unsubscribe"]);
        Assert.True(session.IsUsable);
    }

    [Fact]
    public async Task Send_InJapanese_IsRenderedInJapaneseWhateverTheCallersLanguage()
    {
        var transport = new FakeTransport();
        await using var session = await Channel(transport).OpenAsync(CancellationToken.None);
        var confirmation = Alert(deliveryKey: "confirm/0123456789abcdef0123456789abcdef", language: "ja") with
        {
            Kind = DeliveryKind.Confirmation,
            Changes = [],
            UnsubscribeToken = null,
            ConfirmToken = "CONFIRM",
        };

        await session.SendAsync(confirmation, CancellationToken.None);

        var sent = Assert.Single(transport.Sent);
        Assert.Equal("【JapanAiGov】メール通知の登録を確認してください", sent.Subject);
        Assert.Contains("https://japanaigov.example/alerts/confirm/CONFIRM", sent.TextBody, StringComparison.Ordinal);
        Assert.Equal("confirm.0123456789abcdef0123456789abcdef@japanaigov.example", sent.MessageId);
        Assert.Null(sent.Headers["List-Unsubscribe"]);
    }

    private static EmailChannel Channel(FakeTransport transport) =>
        new(transport, AlertEmailRendererTests.Renderer, Options.Create(new EmailOptions { From = "JapanAiGov <alerts@japanaigov.example>" }));

    private sealed class FakeTransport : IMailTransport
    {
        public MailTransportException? OpenFailure { get; init; }

        public MailTransportException? SendFailure { get; init; }

        public List<MimeMessage> Sent { get; } = [];

        public Task<IMailSession> OpenAsync(CancellationToken cancellationToken) =>
            OpenFailure is null ? Task.FromResult<IMailSession>(new Session(this)) : Task.FromException<IMailSession>(OpenFailure);

        private sealed class Session(FakeTransport transport) : IMailSession
        {
            public bool IsUsable => true;

            public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
            {
                if (transport.SendFailure is not null)
                {
                    return Task.FromException(transport.SendFailure);
                }

                transport.Sent.Add(message);
                return Task.CompletedTask;
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
