using JapanAiGov.Web.Api;

namespace JapanAiGov.Web.Tests.Api;

public sealed class InstantParsingTests
{
    [Theory]
    [InlineData("2026-09-01", "2026-09-01T00:00:00+00:00")]
    [InlineData("2026-09-01T09:00:00+09:00", "2026-09-01T00:00:00+00:00")]
    [InlineData("2026-09-01T09:00:00 09:00", "2026-09-01T00:00:00+00:00")]
    [InlineData("2026-09-01T00:00Z", "2026-09-01T00:00:00+00:00")]
    [InlineData("2026-08-31T20:00:00.5-04:00", "2026-09-01T00:00:00.5000000+00:00")]
    public void TryParseInstant_AcceptsIsoWithOffsetOrDate_AndReturnsUtc(string text, string expected)
    {
        Assert.True(ApiEndpoints.TryParseInstant(text, out var instant));
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2026-09-01T00:00:00")]
    [InlineData("yesterday")]
    [InlineData("1 September 2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-09-01T25:00:00Z")]
    public void TryParseInstant_WithoutOffsetOrMalformed_IsRejected(string text)
    {
        Assert.False(ApiEndpoints.TryParseInstant(text, out _));
    }
}
