using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// The app on its own SQLite file in a temporary folder, with a <see cref="FakeTimeProvider"/>, the e-Gov poller
/// and the public-comment watcher off (and, should a test run them, pointed at a closed loopback port without backoff), mail to a pickup folder, and any extra settings a test gives. One factory per test: nothing is shared.
/// </summary>
public sealed class JapanAiGovFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, string?> _settings;

    public JapanAiGovFactory(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["EGov:Enabled"] = "false",
            ["EGov:BaseUrl"] = "http://127.0.0.1:9/api/2/",
            ["PublicComments:Enabled"] = "false",
            ["PublicComments:BaseUrl"] = "http://127.0.0.1:9/",
            ["Diet:Enabled"] = "false",
            ["Diet:BaseUrl"] = "http://127.0.0.1:9/",

            // Retry backoff and pacing wait on the fake clock, which only moves when a test advances it: without these,
            // a command that reaches the unanswered loopback port above (e.g. `poll` in any test) would wait for ever.
            ["EGov:MinRequestInterval"] = "00:00:00",
            ["EGov:RetryDelay"] = "00:00:00",
            ["Email:Transport"] = "Pickup",
            ["Email:PickupDirectory"] = Path.Combine(DataDirectory, "mail"),
            ["App:PublicBaseUrl"] = "http://localhost",
            ["Serilog:MinimumLevel:Default"] = "Warning",

            // Rendering pages ahead after every write would render four pages per save in every test; the caching tests
            // that are about it turn it on.
            ["OutputCache:RenderAfterWrites"] = "false",

            // Webhook, Slack and Teams destinations in tests are loopback receivers; one test proves the refusal without this.
            ["Channels:AllowPrivateNetworks"] = "true",

            // The alert tests were written on digests cut at midnight in Japan; DigestHourTests runs the 09:00 default.
            ["Alerts:DigestHour"] = "0",
        };
        // A null value takes the test's default out, so the app's own default applies.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, "japanaigov.db");

    /// <summary>Everything the app logs at the configured level (Warning unless a test says otherwise).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Makes concurrent requests meet before they write; inert until armed.</summary>
    public ArrivalGate Gate { get; } = new();

    /// <summary>Makes every write fail as on a full disk once filled; inert until then.</summary>
    public FullDisk Disk { get; } = new();

    /// <summary>Counts the app's SQL commands, on either provider.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>The host environment; Testing unless a test checks what only Production does.</summary>
    public string Environment { get; init; } = "Testing";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 0, 30, 0, TimeSpan.Zero));

    /// <summary>The base address of the real Kestrel server, after <see cref="StartKestrel"/>.</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Serves on a random loopback port with Kestrel, for a real browser.</summary>
    public void StartKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates an account with the role and returns a client signed in as it (through the login form).</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role = Roles.Editor, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await CreateAccountAsync(email, role);
        var client = CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task CreateAccountAsync(string email, string role, string? displayName = null)
    {
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, displayName, role, Password, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));

        // Read by Program.cs before the host is built (the certificate is needed when services are registered), where
        // only settings given this way are visible.
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("DataProtection:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Gate.Interceptors).AddInterceptors(Disk, Commands));
            services.ConfigureDbContext<JapanAiGov.Web.Data.Postgres.PostgresAppDbContext>(options => options.AddInterceptors(Gate.Interceptors).AddInterceptors(Commands));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background pass; the OS temp cleaner gets it.
            }
        }
    }
}
