using JapanAiGov.Web.Alerts.Email;

namespace JapanAiGov.Web.Tests.Alerts.Email;

public sealed class EmailMessageIdTests
{
    private const string Domain = "japanaigov.example";

    [Theory]
    [InlineData("alert/7/3", "alert.7.3@japanaigov.example")]
    [InlineData("alert/123456789012/42", "alert.123456789012.42@japanaigov.example")]
    [InlineData("digest/3/2026-11-24", "digest.20261124.3@japanaigov.example")]
    [InlineData("digest/15/2027-01-05", "digest.20270105.15@japanaigov.example")]
    [InlineData("confirm/0123456789abcdef0123456789abcdef", "confirm.0123456789abcdef0123456789abcdef@japanaigov.example")]
    public void For_EveryDeliveryKind_IsTheIdItWasStoredWith(string deliveryKey, string expected)
    {
        Assert.Equal(expected, EmailMessageId.For(deliveryKey, Domain));
    }

    [Fact]
    public void For_AConfirmationKeyAsSubscriptionServiceMakesIt_IsItsGuidUnderTheDomain()
    {
        var key = Guid.NewGuid().ToString("N");

        Assert.Equal($"confirm.{key}@{Domain}", EmailMessageId.For($"confirm/{key}", Domain));
    }

    [Theory]
    [InlineData("")]
    [InlineData("alert")]
    [InlineData("alert/7")]
    [InlineData("alert/7/3/1")]
    [InlineData("alert/x/3")]
    [InlineData("alert/7/-3")]
    [InlineData("alert/+7/3")]
    [InlineData("alert/07/3")]
    [InlineData("alert/0/3")]
    [InlineData("alert/7/3 ")]
    [InlineData("alert/7/3\r\nBcc: victim@example.org")]
    [InlineData("Alert/7/3")]
    [InlineData("digest/3/20261124")]
    [InlineData("digest/3/2026-13-01")]
    [InlineData("digest/2026-11-24/3")]
    [InlineData("confirm/")]
    [InlineData("confirm/0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("confirm/0123456789abcdef")]
    [InlineData("confirm/0123456789abcdef0123456789abcdeg")]
    [InlineData("confirm/3/0123456789abcdef0123456789abcdef")]
    [InlineData("webhook/7/3")]
    public void For_AKeyNoDeliveryIsQueuedWith_IsRejected(string deliveryKey)
    {
        Assert.False(EmailMessageId.TryFor(deliveryKey, Domain, out _));
        Assert.Throws<FormatException>(() => EmailMessageId.For(deliveryKey, Domain));
    }

    [Theory]
    [InlineData("JapanAiGov <alerts@japanaigov.example>", "japanaigov.example")]
    [InlineData("alerts@example.org", "example.org")]
    [InlineData("JapanAiGov <alerts@localhost>", "localhost")]
    public void DomainOf_IsTheDomainOfEmailFrom(string from, string expected)
    {
        Assert.Equal(expected, EmailMessageId.DomainOf(from));
    }
}
