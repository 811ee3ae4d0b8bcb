using BenchmarkDotNet.Attributes;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Dashboard search on a SQLite file of <see cref="ItemCount"/> items (Japanese and English text, 3 sources each):
/// the FTS5 trigram index (3+ character terms), its LIKE fallback (1–2 characters), and the whole dashboard query
/// (one page) with a search.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class ItemSearchBenchmarks
{
    private string _directory = string.Empty;
    private string _connectionString = string.Empty;

    /// <summary>A dashboard query with memories of its own: every call measures the full lookups, none a remembered one.</summary>
    private static DashboardQuery Dashboard(AppDbContext db)
    {
        var version = new PublicContentVersion();
        return new DashboardQuery(db, new SqliteItemSearch(db), TimeProvider.System, new(version), new(version));
    }

    [Params(200, 5000)]
    public int ItemCount { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "japanaigov-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _connectionString = $"Data Source={Path.Combine(_directory, "bench.db")}";
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        await BenchmarkItems.AddAsync(db, ItemCount);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<List<int>> Fts_Japanese4Chars() => SearchAsync(db => new SqliteItemSearch(db), "個人情報");

    [Benchmark]
    public Task<List<int>> Fts_TwoEnglishTerms() => SearchAsync(db => new SqliteItemSearch(db), "METI annexes");

    [Benchmark]
    public Task<List<int>> LikeFallback_Japanese2Chars() => SearchAsync(db => new SqliteItemSearch(db), "個人");

    [Benchmark]
    public async Task<int> DashboardQuery_WithSearch()
    {
        await using var db = CreateContext();
        var view = await Dashboard(db).RunAsync(new DashboardFilter(Query: "個人情報"), CancellationToken.None);
        return view.Rows.Count;
    }

    [Benchmark]
    public async Task<int> DashboardQuery_AsOfWithoutSearch()
    {
        await using var db = CreateContext();
        var view = await Dashboard(db).RunAsync(new DashboardFilter(AsOf: "2026-11-23"), CancellationToken.None);
        return view.Rows.Count;
    }

    private async Task<List<int>> SearchAsync(Func<AppDbContext, IItemSearch> create, string text)
    {
        await using var db = CreateContext();
        return await create(db).MatchingItemIds(SearchQuery.Parse(text)).ToListAsync();
    }

    private AppDbContext CreateContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connectionString).Options);
}
