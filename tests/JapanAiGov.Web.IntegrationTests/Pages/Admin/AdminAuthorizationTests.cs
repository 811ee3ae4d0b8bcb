using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

/// <summary>Walks every endpoint the app maps, so a new admin page cannot be left open by mistake.</summary>
public sealed class AdminAuthorizationTests
{
    /// <summary>POST endpoints that must accept a request without an antiforgery token, and why.</summary>
    private static readonly HashSet<string> AntiforgeryExempt = new(StringComparer.OrdinalIgnoreCase)
    {
        "error/{code:int?}", // re-executed error page for failed POSTs
        "alerts/unsubscribe/{token}", // RFC 8058 one-click unsubscribe is POSTed by mail clients, which have no token
    };

    internal static IReadOnlyList<string> RoutePatterns(JapanAiGovFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Distinct()
            .ToList();

    internal static IReadOnlyList<string> PagePatterns(JapanAiGovFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Distinct()
            .ToList();

    /// <summary>Turns a route pattern into a URL that reaches the endpoint.</summary>
    internal static string ToUrl(string pattern) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)[^}]*\}", match => match.Groups[1].Value switch
        {
            "slug" => "pipa-amendment-ai-training",
            "token" => "invalidtoken",
            "code" => "404",
            _ => "1",
        });

    [Fact]
    public async Task AdminEndpoints_Anonymous_AreRedirectedToLogin()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        var admin = RoutePatterns(app).Where(p => p.StartsWith("admin", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains("admin/items/{slug}/status", admin);
        Assert.Contains("admin/users", admin);

        foreach (var pattern in admin)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var response = await client.SendAsync(new HttpRequestMessage(method, ToUrl(pattern)));
                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal),
                    $"{method} {pattern}: expected a redirect to /account/login, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task AdminEndpoints_SignedInWithoutRole_AreRefused()
    {
        await using var app = new JapanAiGovFactory();
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = "norole@example.org", Email = "norole@example.org", EmailConfirmed = true }, JapanAiGovFactory.Password);
            Assert.True(created.Succeeded);
        }

        var client = app.CreateBrowserLikeClient();
        using var login = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "norole@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        foreach (var pattern in RoutePatterns(app).Where(p => p.StartsWith("admin", StringComparison.OrdinalIgnoreCase)))
        {
            using var response = await client.GetAsync(ToUrl(pattern));
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal),
                $"GET {pattern}: expected a redirect to /account/denied, got {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task AdminOnlyPages_Editor_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var users = await editor.GetAsync("/admin/users");
        using var items = await editor.GetAsync("/admin/items");

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains("/account/denied", users.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, items.StatusCode);
    }

    [Fact]
    public async Task PostEndpoints_WithoutAntiforgeryToken_AreRefused()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Admin);
        var pages = PagePatterns(app).Where(p => !AntiforgeryExempt.Contains(p)).ToList();
        Assert.Contains("account/login", pages);

        foreach (var pattern in pages)
        {
            using var response = await client.PostAsync(ToUrl(pattern), new FormUrlEncodedContent([new("Input.Reason", "A reason long enough to pass")]));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {pattern} without a token: expected 400, got {(int)response.StatusCode}");
        }
    }
}
