using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class AlertTokensTests
{
    [Fact]
    public void Create_Gives32RandomBytesAsUrlSafeText()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => AlertTokens.Create()).ToList();

        Assert.All(tokens, t => Assert.True(AlertTokens.LooksValid(t), t));
        Assert.Equal(100, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_IsSha256Hex_AndNotTheToken()
    {
        var token = AlertTokens.Create();
        var hash = AlertTokens.Hash(token);

        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, AlertTokens.Hash(token));
        Assert.NotEqual(hash, AlertTokens.Hash(AlertTokens.Create()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    [InlineData("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaa")]
    public void LooksValid_RejectsMalformedTokens(string? token)
    {
        Assert.False(AlertTokens.LooksValid(token));
    }
}
