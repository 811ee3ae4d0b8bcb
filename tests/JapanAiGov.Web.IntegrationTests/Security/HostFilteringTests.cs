using System.Net;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 26 point 8: without AllowedHosts, only App:PublicBaseUrl's host and loopback names are answered.</summary>
public sealed class HostFilteringTests
{
    [Theory]
    [InlineData("japanaigov.example", HttpStatusCode.Found)]
    [InlineData("JapanAiGov.example:443", HttpStatusCode.Found)]
    [InlineData("localhost", HttpStatusCode.Found)]
    [InlineData("127.0.0.1:5000", HttpStatusCode.Found)]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("japanaigov.example.evil.example", HttpStatusCode.BadRequest)]
    public async Task ForgedHost_IsRefused_AndNeverReachesTheSignInRedirect(string host, HttpStatusCode expected)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "https://japanaigov.example/" });
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://japanaigov.example/"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (response.Headers.Location is { IsAbsoluteUri: true } location)
        {
            Assert.NotEqual("evil.example", location.Host);
        }
    }

    [Fact]
    public async Task AllowedHostsConfigured_IsWhatIsAnswered()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "probe.internal.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
