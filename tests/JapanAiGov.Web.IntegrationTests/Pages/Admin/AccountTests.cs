using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

public sealed class AccountTests
{
    [Fact]
    public async Task Login_WithWrongPassword_SaysSoWithoutSayingWhichPart()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();

        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = "wrong password!!" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("email or password is not right", (await response.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedOutEvenWithTheRightPassword()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = "wrong password!!" });
        }

        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", (await response.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithForeignReturnUrl_StaysOnThisSite()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();

        using var response = await client.PostFormAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        Assert.Equal("/admin", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AuthCookie_IsHttpOnlyAndLax()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();

        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("JapanAiGov.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UsersPage_AdminCreatesEditorWhoCanSignIn()
    {
        await using var app = new JapanAiGovFactory();
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        using var response = await admin.PostFormAsync("/admin/users", new()
        {
            ["NewUser.Email"] = "new.editor@example.org",
            ["NewUser.DisplayName"] = "New Editor",
            ["NewUser.Role"] = "Editor",
            ["NewUser.Password"] = "a long enough passphrase",
        }, "form.new-user");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var client = app.CreateBrowserLikeClient();
        using var login = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "new.editor@example.org", ["Input.Password"] = "a long enough passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(AuditActions.UserCreated, (await app.WithDbAsync(db => db.AuditEntries.SingleAsync())).Action);
    }

    [Fact]
    public async Task UsersPage_DisabledUserCannotSignIn()
    {
        await using var app = new JapanAiGovFactory();
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ed@example.org").Select(u => u.Id).SingleAsync());

        using var disable = await admin.PostFormAsync("/admin/users", [], $"form[action*='handler=Disable'][action*='{id}']");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        var client = app.CreateBrowserLikeClient();
        using var login = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(AuditActions.UserDisabled, (await app.WithDbAsync(db => db.AuditEntries.SingleAsync())).Action);
    }

    [Fact]
    public async Task UsersPage_LastAdminCannotBeDemotedOrDisabled()
    {
        await using var app = new JapanAiGovFactory();
        var admin = await app.CreateSignedInClientAsync(Roles.Admin, "boss@example.org");
        var id = await app.WithDbAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        using var demote = await admin.PostFormAsync("/admin/users", new() { ["role"] = "Editor" }, $"form[action*='handler=Role'][action*='{id}']");
        using var disable = await admin.PostFormAsync("/admin/users", [], $"form[action*='handler=Disable'][action*='{id}']");

        var page = await admin.GetDocumentAsync("/admin/users");
        Assert.Contains("boss@example.org", page.QuerySelector("table.users")!.TextContent, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync();
            Assert.Null(user.LockoutEnd);
            var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync();
            Assert.Equal([Roles.Admin], roleNames);
            Assert.Equal(0, await db.AuditEntries.CountAsync());
        });
    }

    [Fact]
    public async Task UsersPage_ChangeRole_TakesEffectAndIsAudited()
    {
        await using var app = new JapanAiGovFactory();
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ed@example.org").Select(u => u.Id).SingleAsync());

        using var response = await admin.PostFormAsync("/admin/users", new() { ["role"] = "Admin" }, $"form[action*='handler=Role'][action*='{id}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(AuditActions.UserRoleChanged, audit.Action);
        Assert.Contains(audit.Changes, c => c.Old == "Editor" && c.New == "Admin");
    }
}
