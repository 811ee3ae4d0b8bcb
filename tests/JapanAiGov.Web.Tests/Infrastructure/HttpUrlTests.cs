using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Tests.Infrastructure;

public sealed class HttpUrlTests
{
    [Theory]
    [InlineData("https://laws.e-gov.go.jp/law/415AC0000000057")]
    [InlineData("http://localhost:5000")]
    [InlineData("  https://www.meti.go.jp/  ")]
    [InlineData("HTTPS://EXAMPLE.ORG/a?b=c#d")]
    public void TryParse_AbsoluteHttpOrHttps_IsAccepted(string text)
    {
        Assert.True(HttpUrl.TryParse(text, out var uri));
        Assert.True(uri.Scheme is "http" or "https");
        Assert.True(HttpUrl.IsValid(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/items/pipa")]
    [InlineData("www.meti.go.jp")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("https://")]
    [InlineData("http//missing-colon")]
    public void TryParse_AnythingElse_IsRejected(string? text)
    {
        Assert.False(HttpUrl.TryParse(text, out var uri));
        Assert.Null(uri);
        Assert.False(HttpUrl.IsValid(text));
    }
}
