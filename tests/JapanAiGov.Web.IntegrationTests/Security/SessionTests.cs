using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 point 1: signing out ends the session for every copy of the cookie; sessions have an absolute lifetime.</summary>
public sealed class SessionTests
{
    private const string AuthCookie = "JapanAiGov.Auth";

    [Fact]
    public async Task HeaderSignOutForm_CarriesAntiforgeryToken_AndSignsOut()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin", [], "header form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionForEveryCopyOfTheCookie()
    {
        await using var app = new JapanAiGovFactory();
        var (client, jar) = await SignInAsync(app, "ed@example.org");
        var copy = CopyOf(app, jar);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/admin")).StatusCode);

        using var signedOut = await client.PostFormAsync("/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = await copy.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_EndsAfterItsAbsoluteLifetime_EvenWhenUsedContinuously()
    {
        await using var app = new JapanAiGovFactory();
        var (client, _) = await SignInAsync(app, "ed@example.org");
        // Every 5 hours, well inside the 8-hour idle timeout: sliding expiration alone would keep this session for ever.
        foreach (var hours in new[] { 5, 10 })
        {
            app.Time.Advance(TimeSpan.FromHours(5));
            using var response = await client.GetAsync("/admin");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"+{hours} h: {(int)response.StatusCode} {response.Headers.Location}");
        }

        app.Time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task DisabledUser_LosesAccessOnTheNextRequest()
    {
        await using var app = new JapanAiGovFactory();
        var (client, _) = await SignInAsync(app, "ed@example.org");
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var userId = await UserIdAsync(app, "ed@example.org");

        using var disabled = await admin.PostFormAsync("/admin/users", [], $"form[action*='handler=Disable'][action*='id={userId}']");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task DemotedAdmin_LosesAdminPagesOnTheNextRequest()
    {
        await using var app = new JapanAiGovFactory();
        var (client, _) = await SignInAsync(app, "boss@example.org", Roles.Admin);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        var userId = await UserIdAsync(app, "boss@example.org");

        using var demoted = await admin.PostFormAsync("/admin/users", new() { ["role"] = Roles.Editor }, $"form[action*='handler=Role'][action*='id={userId}']");
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);

        using var response = await client.GetAsync("/admin/users");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(HttpClient Client, CookieContainer Jar)> SignInAsync(JapanAiGovFactory app, string email, string role = Roles.Editor)
    {
        await app.CreateAccountAsync(email, role);
        var jar = new CookieContainer();
        var client = app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, jar);
    }

    /// <summary>A second client holding a copy of the first one's auth cookie, as a stolen or backed-up cookie would be.</summary>
    private static HttpClient CopyOf(JapanAiGovFactory app, CookieContainer jar)
    {
        var auth = jar.GetCookies(new Uri("http://localhost")).Single(c => c.Name.EndsWith(AuthCookie, StringComparison.Ordinal));
        var copy = new CookieContainer();
        copy.Add(new Uri("http://localhost"), new Cookie(auth.Name, auth.Value, "/"));
        return app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(copy));
    }

    private static async Task<string> UserIdAsync(JapanAiGovFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}
