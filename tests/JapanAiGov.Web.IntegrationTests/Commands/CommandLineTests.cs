using System.Diagnostics;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Commands;

public sealed class CommandLineTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(JapanAiGovFactory app, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task UsersAdd_WithPasswordOnStdin_CreatesAccountInRole()
    {
        await using var app = new JapanAiGovFactory();

        var (code, output, _) = await RunAsync(app, "a long enough passphrase\n", "users", "add", "--email", "Ed@Example.org", "--role", "editor", "--name", "Ed Itor");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Created Editor account", output, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("ed@example.org");
        Assert.NotNull(user);
        Assert.Equal("Ed Itor", user.DisplayName);
        Assert.True(await users.IsInRoleAsync(user, Roles.Editor));
        Assert.True(await users.CheckPasswordAsync(user, "a long enough passphrase"));
    }

    [Fact]
    public async Task UsersAdd_WithDuplicateEmail_FailsWithMessage()
    {
        await using var app = new JapanAiGovFactory();
        await RunAsync(app, string.Empty, "users", "add", "--email", "ed@example.org", "--role", "Admin", "--password", "a long enough passphrase");

        var (code, _, error) = await RunAsync(app, string.Empty, "users", "add", "--email", "ed@example.org", "--role", "Editor", "--password", "another long passphrase");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_WithWeakPassword_FailsWithMessage()
    {
        await using var app = new JapanAiGovFactory();

        var (code, _, error) = await RunAsync(app, string.Empty, "users", "add", "--email", "ed@example.org", "--role", "Editor", "--password", "short");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("at least 12 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_WithUnknownRole_FailsWithMessage()
    {
        await using var app = new JapanAiGovFactory();

        var (code, _, error) = await RunAsync(app, string.Empty, "users", "add", "--email", "ed@example.org", "--role", "Owner", "--password", "a long enough passphrase");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Unknown role 'Owner'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_WithoutEmail_IsAUsageError()
    {
        await using var app = new JapanAiGovFactory();

        var (code, _, _) = await RunAsync(app, string.Empty, "users", "add", "--role", "Editor");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public async Task Migrate_OnMigratedDatabase_SucceedsAgain()
    {
        await using var app = new JapanAiGovFactory();

        var (code, output, _) = await RunAsync(app, string.Empty, "migrate");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_UsersAddOnFreshDatabase_MigratesAndCreatesTheAccount()
    {
        var (code, output, error) = await AppProcess.RunAsync(new(), "users", "add", "--email", "first@example.org", "--role", "Admin", "--password", "a long enough passphrase");

        Assert.True(code == 0, error);
        Assert.Contains("Created Admin account first@example.org", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_PrintsUsageAndExits2()
    {
        await using var app = new JapanAiGovFactory();

        var (code, _, error) = await RunAsync(app, string.Empty, "frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Unknown command 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("users add", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_UnknownCommand_Exits2()
    {
        var (code, _, error) = await AppProcess.RunAsync([], "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("App__PublicBaseUrl", "not a url", "App:PublicBaseUrl")]
    [InlineData("EGov__BaseUrl", "ftp://example", "EGov:BaseUrl")]
    [InlineData("EGov__Interval", "00:00:01", "EGov:Interval")]
    [InlineData("EGov__Interval", "soon", "EGov:Interval")]
    [InlineData("EGov__MaxRetryAttempts", "0", "EGov:MaxRetryAttempts")]
    [InlineData("EGov__AttemptTimeout", "00:05:00", "EGov:TotalRequestTimeout")]
    [InlineData("Email__From", "no mailbox here", "Email:From")]
    [InlineData("Email__Transport", "Carrier pigeon", "Email:Transport")]
    [InlineData("Smtp__Port", "70000", "Smtp:Port")]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    public async Task Process_MigrateWithBadConfiguration_Exits1NamingTheKey(string variable, string value, string key)
    {
        var (code, _, error) = await AppProcess.RunAsync(new() { [variable] = value }, "migrate");

        Assert.Equal(1, code);
        Assert.Contains(key, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_Migrate_CreatesDatabaseFileAndExits0()
    {
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "nested", "app.db");

        var (code, output, error) = await AppProcess.RunAsync(new() { ["ConnectionStrings__Default"] = $"Data Source={database}" }, "migrate");

        Assert.True(code == 0, error);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
        Assert.True(File.Exists(database));
        Directory.Delete(directory, recursive: true);
    }
}
