using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 point 8: HSTS, Secure and __Host- cookies on https, no caching of admin pages, no Server header, keys encrypted at rest.</summary>
public sealed class TransportTests
{
    private static readonly Uri Https = new("https://japanaigov.example/");

    /// <summary>The public address the clients below use: any other host is refused (AllowedHosts follows it).</summary>
    private static Dictionary<string, string?> PublicAtHttps => new() { ["App:PublicBaseUrl"] = Https.ToString() };

    [Fact]
    public async Task Production_OverHttps_SendsHsts()
    {
        await using var app = new JapanAiGovFactory(PublicAtHttps) { Environment = "Production" };

        using var response = await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https }).GetAsync("/");

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OverHttps_SetsOnlySecureCookies_AndAHostPrefixedAuthCookie()
    {
        await using var app = new JapanAiGovFactory(PublicAtHttps);
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = false });
        var page = await client.GetAsync("/account/login");
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();

        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        cookies.AddRange(response.Headers.GetValues("Set-Cookie"));

        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        var auth = Assert.Single(cookies, c => c.StartsWith("__Host-JapanAiGov.Auth=", StringComparison.Ordinal));
        Assert.Contains("path=/", auth, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task BehindATlsProxy_ForwardedProtoMakesCookiesSecure()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        app.StartKestrel();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/items")]
    [InlineData("/admin/audit")]
    [InlineData("/account/login")]
    public async Task AdminAndAccountPages_AreNeverCached(string url)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task HttpsPublicAddress_ReachedOverHttp_RedirectsReadsAndRefusesWritesClearly_NotA500()
    {
        await using var app = new JapanAiGovFactory(PublicAtHttps);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://japanaigov.example/"), AllowAutoRedirect = false });

        using var read = await client.GetAsync("/account/login?returnUrl=%2Fadmin");
        Assert.Equal(HttpStatusCode.PermanentRedirect, read.StatusCode);
        Assert.Equal("https://japanaigov.example/account/login?returnUrl=%2Fadmin", read.Headers.Location!.AbsoluteUri);

        using var write = await client.PostAsync("/alerts/subscribe", new FormUrlEncodedContent([new("Input.Email", "reader@example.org")]));
        Assert.Equal(HttpStatusCode.BadRequest, write.StatusCode);
        Assert.Contains("https://japanaigov.example/", await write.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
