using BenchmarkDotNet.Attributes;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Search at 50,000 items, side by side: SQLite (FTS5 trigram), PostgreSQL with the pg_trgm GIN indexes, and PostgreSQL
/// with those indexes dropped (a scan: what the LINQ lower()/LIKE search did before). PostgreSQL rows need a server
/// named by JAPANAIGOV_TEST_POSTGRES (an admin connection string); without one only SQLite runs, with a message. Setup
/// prints the plan PostgreSQL chooses for each query. BenchmarkDotNet runs every case in a process of its own, so the
/// 50,000-item stores are built once and kept for the next case and run: the SQLite file
/// <c>$TMPDIR/japanaigov-bench-search-50000.db</c> and the databases <c>japanaigov_bench_search_50000</c> and
/// <c>…_noindex</c> (drop them by hand when done).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MedianColumn]
public class SearchScaleBenchmarks
{
    public const int ItemCount = 50_000;
    private const string PostgresVariable = "JAPANAIGOV_TEST_POSTGRES";

    private const string Name = "japanaigov_bench_search_50000";

    private Func<AppDbContext> _createContext = null!;
    private Func<AppDbContext, IItemSearch> _createSearch = null!;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "Sqlite";

    [Params("個人情報", "METI annexes", "法令")]
    public string Query { get; set; } = "個人情報";

    public static IEnumerable<string> Stores()
    {
        yield return "Sqlite";
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            Console.WriteLine($"{PostgresVariable} is not set: the PostgreSQL rows are skipped.");
            yield break;
        }

        yield return "Postgres";
        yield return "PostgresWithoutIndex";
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (Store == "Sqlite")
        {
            var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), Name + ".db")}").Options;
            _createContext = () => new AppDbContext(options);
            _createSearch = db => new SqliteItemSearch(db);
            await BuildOnceAsync(_createContext);
            return;
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)!;
        var indexed = await PostgresStoreAsync(admin, Name);
        await BuildOnceAsync(indexed);
        var name = Name;
        if (Store == "PostgresWithoutIndex")
        {
            name = Name + "_noindex";
            if (!await ExistsAsync(admin, name))
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{Name}\"");
                var createCopy = await PostgresStoreAsync(admin, name);
                await using var copy = createCopy();
                await copy.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Items_SearchText\"; DROP INDEX \"IX_Sources_SearchText\"; ANALYZE");
            }
        }

        _createContext = await PostgresStoreAsync(admin, name);
        _createSearch = db => new PostgresItemSearch(db);
        await using var db = _createContext();
        await using var command = _createSearch(db).MatchingItemIds(SearchQuery.Parse(Query)).CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"// Plan on {Store} for '{Query}':");
        while (await reader.ReadAsync())
        {
            Console.WriteLine("//   " + reader.GetString(0).Replace("\n", " ", StringComparison.Ordinal));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _createContext = null!;
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    [Benchmark]
    public async Task<int> Search()
    {
        await using var db = _createContext();
        return (await _createSearch(db).MatchingItemIds(SearchQuery.Parse(Query)).ToListAsync()).Count;
    }

    /// <summary>Migrates and fills the store unless an earlier case already did.</summary>
    private static async Task BuildOnceAsync(Func<AppDbContext> createContext)
    {
        await using (var db = createContext())
        {
            await db.Database.MigrateAsync();
            if (await db.Items.CountAsync() >= ItemCount)
            {
                return;
            }
        }

        await using var fill = createContext();
        await BenchmarkItems.AddAsync(fill, ItemCount);
        if (fill.Database.IsNpgsql())
        {
            await fill.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    private static async Task<Func<AppDbContext>> PostgresStoreAsync(string admin, string name)
    {
        if (!await ExistsAsync(admin, name))
        {
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        }

        var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString).Options;
        return () => new PostgresAppDbContext(options);
    }

    private static async Task<bool> ExistsAsync(string admin, string name)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
