using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 point 6: password rules, sign-in throttling, one message for every failure, password changes.</summary>
public sealed class PasswordAndSignInTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("Password123!")]
    [InlineData("japanaigov2026")]
    [InlineData("MyJapanAiGovPassword!")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("xk3!editor.tanaka@example.org")]
    public async Task CreateAccount_WithCommonOrGuessablePassword_IsRefused(string password)
    {
        await using var app = new JapanAiGovFactory();
        using var scope = app.Services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync("editor.tanaka@example.org", null, Roles.Editor, password, CancellationToken.None);

        Assert.False(result.Succeeded, password);
        Assert.Contains("password", string.Join(" ", result.Errors), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UsersAddCommand_WithCommonPassword_IsRefused()
    {
        var (code, _, error) = await AppProcess.RunAsync(new(), "users", "add", "--email", "ed@example.org", "--role", "Editor", "--password", "password1234");

        Assert.NotEqual(0, code);
        Assert.Contains("password", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_UnknownAndLockedAccounts_GetTheSameMessage()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = "wrong password!!" });
        }

        using var locked = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        using var unknown = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        var lockedText = (await locked.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent.Trim();
        var unknownText = (await unknown.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent.Trim();
        Assert.Equal(lockedText, unknownText);
    }

    [Fact]
    public async Task Login_ManyAttemptsFromOneClientAcrossAccounts_AreThrottled()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < JapanAiGov.Web.Accounts.SignInThrottle.AddressPermitLimit + 5; i++)
        {
            using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = $"user{i}@example.org", ["Input.Password"] = "wrong password!!" });
            statuses.Add(response.StatusCode);
        }

        // One attempt per account: only the address's cap across accounts can refuse these.
        Assert.All(statuses.Take(JapanAiGov.Web.Accounts.SignInThrottle.AddressPermitLimit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Login_SuccessAndFailure_AreLoggedWithAccountAndClientAddress()
    {
        var logs = new LogCollector();
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Serilog.Core.ILogEventSink>(logs)));
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("ed@example.org", null, Roles.Editor, JapanAiGovFactory.Password, CancellationToken.None);
        }

        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = "wrong password!!" });
        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        var signIns = logs.Events.Where(e => e.Properties.ContainsKey("ClientAddress")).ToList();
        Assert.Contains(signIns, e => e.MessageTemplate.Text.Contains("failed", StringComparison.Ordinal) && e.Properties.ContainsKey("Account"));
        Assert.Contains(signIns, e => e.MessageTemplate.Text.Contains("signed in", StringComparison.Ordinal) && e.Properties.ContainsKey("UserId"));
    }

    [Fact]
    public async Task ChangePassword_WithCurrentPassword_ChangesItAndEndsOtherSessions()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor, "ed@example.org");
        var other = app.CreateBrowserLikeClient();
        await other.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);

        using var response = await client.PostFormAsync("/account/password", new()
        {
            ["Input.CurrentPassword"] = JapanAiGovFactory.Password,
            ["Input.NewPassword"] = "seven tired owls juggle lanterns",
            ["Input.ConfirmPassword"] = "seven tired owls juggle lanterns",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/admin")).StatusCode);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("ed@example.org"))!, "seven tired owls juggle lanterns"));
    }

    [Fact]
    public async Task ChangePassword_ToACommonOne_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor, "ed@example.org");

        using var response = await client.PostFormAsync("/account/password", new()
        {
            ["Input.CurrentPassword"] = JapanAiGovFactory.Password,
            ["Input.NewPassword"] = "Password123!",
            ["Input.ConfirmPassword"] = "Password123!",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task AdminForcedReset_EndsSessionsAndMakesTheUserChooseANewPassword()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync(Roles.Editor, "ed@example.org");
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        string userId;
        using (var scope = app.Services.CreateScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("ed@example.org"))!.Id;
        }

        using var reset = await admin.PostFormAsync("/admin/users", new() { ["password"] = "temporary lantern owls 42" }, $"form[action*='handler=ResetPassword'][action*='id={userId}']");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin")).StatusCode);

        var fresh = app.CreateBrowserLikeClient();
        using var login = await fresh.PostFormAsync("/account/login", new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = "temporary lantern owls 42" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var admin2 = await fresh.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin2.StatusCode);
        Assert.StartsWith("/account/password", admin2.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var changed = await fresh.PostFormAsync("/account/password", new()
        {
            ["Input.CurrentPassword"] = "temporary lantern owls 42",
            ["Input.NewPassword"] = "seven tired owls juggle lanterns",
            ["Input.ConfirmPassword"] = "seven tired owls juggle lanterns",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).StatusCode);
    }

    private sealed class LogCollector : Serilog.Core.ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Serilog.Events.LogEvent> _events = new();

        public IReadOnlyList<Serilog.Events.LogEvent> Events => [.. _events];

        public void Emit(Serilog.Events.LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
