using JapanAiGov.Web.Alerts.Channels;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

public sealed class DestinationUrlTests
{
    [Theory]
    [InlineData("https://example.webhook.office.com/webhookb2/abc", false, "UrlOfficeConnector")]
    [InlineData("https://webhook.office.com/x", false, "UrlOfficeConnector")]
    [InlineData("http://hooks.example.org/x", false, "UrlNotHttps")]
    [InlineData("ftp://hooks.example.org/x", true, "UrlNotHttps")]
    [InlineData("https://user:pass@hooks.example.org/x", false, "UrlInvalid")]
    [InlineData("not a url", false, "UrlInvalid")]
    [InlineData("", false, "UrlInvalid")]
    public void TryParse_RefusedUrls_SayWhy(string text, bool allowHttp, string expected)
    {
        Assert.False(DestinationUrl.TryParse(text, allowHttp, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("https://hooks.slack.com/services/T0/B0/secret", false)]
    [InlineData("https://prod-01.japaneast.logic.azure.com/workflows/x?sig=abc", false)]
    [InlineData("http://127.0.0.1:5000/hook", true)]
    public void TryParse_AcceptableUrls_AreAccepted(string text, bool allowHttp) =>
        Assert.True(DestinationUrl.TryParse(text, allowHttp, out _, out _));

    [Fact]
    public void Mask_KeepsOnlySchemeAndHost()
    {
        var masked = DestinationUrl.Mask(new Uri("https://prod-01.japaneast.logic.azure.com:443/workflows/abc/triggers?sig=SECRET"));

        Assert.Equal("https://prod-01.japaneast.logic.azure.com/…", masked);
        Assert.DoesNotContain("SECRET", masked, StringComparison.Ordinal);
    }
}
