using BenchmarkDotNet.Attributes;
using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Server time of the dashboard at 5,000 items (SQLite): the whole request — routing, the paged query (counts, match
/// count, one page of 50 rows, search excerpts) and the Razor render — through the app's real pipeline on an in-memory
/// test server, so no socket or client parsing is counted. Pages at the start, middle and end, with filters and search.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class DashboardPagingBenchmarks
{
    public const int ItemCount = 5000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "japanaigov-bench-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    [Params(
        "/",
        "/?page=50",
        "/?page=100",
        "/?status=Reported&topic=privacy&page=3",
        "/?q=governance&page=60",
        "/?q=個人情報&status=Reported",
        "/?q=AI%20METI&topic=privacy&page=2",
        "/?asof=2026-11-23&status=Confirmed&page=10")]
    public string Url { get; set; } = "/";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_directory);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_directory, "bench.db")}");
            builder.UseSetting("EGov:Enabled", "false");
            builder.UseSetting("PublicComments:Enabled", "false");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(_directory, "mail"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Server time of the page itself: with the output cache every iteration after the first is a cache hit.
            builder.UseSetting("OutputCache:Enabled", "false");
        });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await _client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        using var scope = _app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();
        await using var db = new AppDbContext(options);
        await BenchmarkItems.AddAsync(db, ItemCount - 4);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> Dashboard()
    {
        using var response = await _client.GetAsync(Url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
