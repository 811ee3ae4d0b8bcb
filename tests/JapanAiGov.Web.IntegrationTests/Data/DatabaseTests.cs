using JapanAiGov.Web.Data;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JapanAiGov.Web.IntegrationTests.Data;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Migrations_OnFreshSqliteDatabase_ApplyAllAndMatchTheModel()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration.");
            var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
            Assert.Equal("wal", Assert.Single(journal));
        });
    }

    [Fact]
    public async Task CompiledModel_MatchesTheModelTheCodeBuilds_RegenerateWithDotnetEfDbcontextOptimize()
    {
        // The SQLite context runs on the compiled model in Data/CompiledModels (a faster start). It is generated code:
        // after a model change, regenerate it (docs/architecture.md, "Compiled model") or this test fails.
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(db =>
        {
            var compiled = db.Model;
            var built = db.GetService<IDesignTimeModel>().Model;
            Assert.IsAssignableFrom<JapanAiGov.Web.Data.CompiledModels.AppDbContextModel>(compiled);
            Assert.Equal(Describe(built), Describe(compiled));
            return Task.CompletedTask;
        });

        static List<string> Describe(IModel model) => model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(entity =>
            new[] { $"{entity.Name} -> {entity.GetTableName()}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"  {p.Name}: {p.ClrType.Name} {p.GetColumnName()} {p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"converter={p.GetTypeMapping().Converter?.GetType().Name} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken}"))
                .Concat(entity.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
                .Concat(entity.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique} filter={i.GetFilter()}"))
                .Concat(entity.GetForeignKeys().Select(f => $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}")))
            .ToList();
    }

    [Fact]
    public async Task FreshSchemaScript_IsWhatTheMigratorGenerates_RegenerateWithDotnetEfMigrationsScript()
    {
        // A new SQLite database gets its schema from Data/Migrations/FreshSqliteDatabase.sql (FreshSqliteSchema). After
        // adding a migration, regenerate it (docs/development.md) or this test fails.
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(db =>
        {
            var generated = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().GenerateScript();
            Assert.Equal(Normalize(generated), Normalize(FreshSqliteSchema.Script()));
            return Task.CompletedTask;
        });

        static string Normalize(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();
    }

    [Fact]
    public async Task FreshSchemaScript_GivesTheSchemaAndHistoryOfEfsMigrator()
    {
        await using var fromScript = new ScratchDatabase();
        await using var fromMigrator = new ScratchDatabase();

        Assert.True(await FreshSqliteSchema.TryCreateAsync(fromScript.Db, seedAt: null, CancellationToken.None));
        await fromMigrator.Db.Database.MigrateAsync();

        Assert.Equal(await SchemaAsync(fromMigrator.Db), await SchemaAsync(fromScript.Db));
        Assert.Equal(fromScript.Db.Database.GetMigrations(), await fromScript.Db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await fromScript.Db.Database.GetPendingMigrationsAsync());

        // Run again, it finds the tables and does nothing.
        Assert.False(await FreshSqliteSchema.TryCreateAsync(fromScript.Db, seedAt: null, CancellationToken.None));

        static Task<List<string>> SchemaAsync(AppDbContext db) => db.Database
            .SqlQueryRaw<string>("SELECT type || ' ' || name || ' ' || tbl_name || ': ' || coalesce(sql, '') AS Value FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name")
            .ToListAsync();
    }

    [Fact]
    public async Task FreshSchemaScript_OnADatabaseThatHasATable_LeavesItToTheMigrator()
    {
        await using var scratch = new ScratchDatabase();
        await scratch.Db.Database.ExecuteSqlRawAsync("CREATE TABLE Unrelated (Id INTEGER)");

        Assert.False(await FreshSqliteSchema.TryCreateAsync(scratch.Db, seedAt: null, CancellationToken.None));
        Assert.Equal(["Unrelated"], await scratch.Db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync());
    }

    [Fact]
    public async Task FreshSchemaScript_FailingHalfway_LeavesNothingBehind_AndTheNextStartMigrates()
    {
        // A view named like a later table: not a table (so the script runs), but the script's CREATE TABLE "Items"
        // fails after dozens of statements. All or nothing: no table, no history row, and a later start still works.
        await using var scratch = new ScratchDatabase();
        await scratch.Db.Database.ExecuteSqlRawAsync("CREATE VIEW \"Items\" AS SELECT 1 AS \"Id\"");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => FreshSqliteSchema.TryCreateAsync(scratch.Db, seedAt: null, CancellationToken.None));

        Assert.Empty(await scratch.Db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync());
        await scratch.Db.Database.ExecuteSqlRawAsync("DROP VIEW \"Items\"");
        Assert.True(await FreshSqliteSchema.TryCreateAsync(scratch.Db, seedAt: null, CancellationToken.None));
        Assert.Empty(await scratch.Db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task FreshSeedScript_IsWhatTheSeedWritesThroughEf_RegenerateWithThisTest()
    {
        // A new SQLite database gets its seed rows from Data/Migrations/FreshSqliteSeed.sql (FreshSqliteSeed). After
        // changing the seed or the schema, regenerate it: JAPANAIGOV_WRITE_SEED_SCRIPT=1 and run this test (docs/development.md).
        var generated = await SeedThroughEfAsync(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero));

        // Nothing in the seed but its one instant may depend on the clock: seeded a year later, the script is the same.
        Assert.Equal(generated, await SeedThroughEfAsync(new DateTimeOffset(2028, 1, 9, 2, 3, 4, 567, TimeSpan.Zero)));
        if (Environment.GetEnvironmentVariable("JAPANAIGOV_WRITE_SEED_SCRIPT") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(RepositoryRoot(), "src/JapanAiGov.Web/Data/Migrations", FreshSqliteSeed.ResourceName), generated);
        }

        Assert.Equal(generated, FreshSqliteSeed.Script());

        static async Task<string> SeedThroughEfAsync(DateTimeOffset at)
        {
            await using var scratch = new ScratchDatabase();
            Assert.True(await FreshSqliteSchema.TryCreateAsync(scratch.Db, seedAt: null, CancellationToken.None));
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(at);
            return await FreshSqliteSeed.GenerateAsync(scratch.Db, at, async () =>
            {
                Assert.Equal(4, await SeedData.SeedAsync(scratch.Db, clock, CancellationToken.None));
                Assert.Equal(2, await WatchedLawSeed.SeedAsync(scratch.Db, clock, CancellationToken.None));
            }, CancellationToken.None);
        }

        static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(directory.FullName, "JapanAiGov.sln")))
            {
                directory = directory.Parent ?? throw new InvalidOperationException("JapanAiGov.sln not found above the test's folder.");
            }

            return directory.FullName;
        }
    }

    [Fact]
    public async Task FreshDatabase_SeededByTheScript_HoldsWhatTheSeedWritesThroughEf()
    {
        // Same rows, same search index, at the start's own instant; and the EF path still seeds a database whose schema
        // came from elsewhere (an older install, PostgreSQL).
        await using var fromScript = new ScratchDatabase();
        await using var throughEf = new ScratchDatabase();
        var now = new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero);

        Assert.True(await FreshSqliteSchema.TryCreateAsync(fromScript.Db, now, CancellationToken.None));
        Assert.True(await FreshSqliteSchema.TryCreateAsync(throughEf.Db, seedAt: null, CancellationToken.None));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now);
        await SeedData.SeedAsync(throughEf.Db, clock, CancellationToken.None);
        await WatchedLawSeed.SeedAsync(throughEf.Db, clock, CancellationToken.None);

        Assert.Equal(await RowsAsync(throughEf.Db), await RowsAsync(fromScript.Db));
        Assert.Equal(0, await SeedData.SeedAsync(fromScript.Db, clock, CancellationToken.None));
        Assert.Equal(0, await WatchedLawSeed.SeedAsync(fromScript.Db, clock, CancellationToken.None));
        var found = await fromScript.Db.Database.SqlQueryRaw<int>("SELECT rowid AS Value FROM \"ItemSearch\" WHERE \"ItemSearch\" MATCH '個人情報'").ToListAsync();
        Assert.NotEmpty(found);
        Assert.All(await fromScript.Db.Items.ToListAsync(), item => Assert.Equal(now, item.StatusChangedAt));

        static async Task<List<string>> RowsAsync(AppDbContext db)
        {
            var rows = new List<string>();
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append("ItemSearch").Distinct().Order(StringComparer.Ordinal);
            await db.Database.OpenConnectionAsync();
            foreach (var table in tables)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
                }
            }

            return rows;
        }
    }

    /// <summary>A new, empty SQLite file of its own, with a context on it.</summary>
    private sealed class ScratchDatabase : IAsyncDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        private readonly string _connectionString;

        public ScratchDatabase()
        {
            _connectionString = DataServiceCollectionExtensions.PrepareSqliteConnectionString($"Data Source={Path.Combine(_directory, "app.db")}", _directory);
            Db = NewContext();
        }

        public AppDbContext Db { get; }

        /// <summary>Another context on the same file, as another instance would have.</summary>
        public AppDbContext NewContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connectionString).Options);

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task PooledContext_AfterARequestThatFailedHalfway_ComesBackClean()
    {
        // Contexts are pooled (one per request scope): whatever a request left behind — tracked changes, an open
        // transaction, an open connection — must not reach the next request that gets the same context. The app's data
        // registration alone, on the app's database, so no background service takes the context in between.
        await using var app = new JapanAiGovFactory();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = app.Services.GetRequiredService<DatabaseConnection>().ConnectionString })
            .Build();
        await using var data = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(app.Services.GetRequiredService<IHostEnvironment>())
            .AddData()
            .BuildServiceProvider();
        AppDbContext first;
        await using (var scope = data.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await first.Database.OpenConnectionAsync();
            await first.Database.BeginTransactionAsync();
            var item = await first.Items.FirstAsync();
            item.Title = "Half-made change";
            first.Items.Add(new RegulatoryItem { Slug = "never-saved", Title = "Never saved", Topic = "privacy", Status = ItemStatus.Reported });
        }

        await using (var scope = data.CreateAsyncScope())
        {
            var next = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            Assert.Same(first, next);
            Assert.Empty(next.ChangeTracker.Entries());
            Assert.Null(next.Database.CurrentTransaction);
            Assert.Equal(System.Data.ConnectionState.Closed, next.Database.GetDbConnection().State);
            Assert.False(await next.Items.AnyAsync(i => i.Title == "Half-made change" || i.Slug == "never-saved"));
        }
    }

    [Fact]
    public async Task SynchronousNormal_OnEveryOpen_PooledReopenedAndNewNativeConnectionsAlike()
    {
        await using var app = new JapanAiGovFactory();
        var seen = new List<long>();
        for (var round = 0; round < 3; round++)
        {
            if (round == 2)
            {
                // A new native connection, not the pooled one the pragma was already run on.
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            await app.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                seen.Add(Assert.Single(await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync()));
                await db.Database.CloseConnectionAsync();
                seen.Add(Assert.Single(await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync()));
            });
        }

        // 1 = NORMAL (the default on a new connection is 2 = FULL).
        Assert.Equal(Enumerable.Repeat(1L, 6), seen);
    }

    [Fact]
    public async Task FirstStart_ThreeInitializationsAtOnceOnOneNewFile_AllSucceedAndSeedOnce()
    {
        await using var scratch = new ScratchDatabase();
        await FirstStart.ThreeAtOnceAsync(scratch.NewContext);
    }

    [Fact]
    public async Task Seed_RunAgain_NeitherDuplicatesNorOverwritesEditorChanges()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training");
            item.Title = "Edited by an editor";
            await db.SaveChangesAsync();
        });

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
        }

        await app.WithDbAsync(async db =>
        {
            Assert.Equal(4, await db.Items.CountAsync());
            Assert.Equal(4, await db.StatusChanges.CountAsync());
            Assert.Equal("Edited by an editor", (await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training")).Title);
        });
    }

    [Fact]
    public async Task Seed_LoadsDesignItemsWithLawIdsAndSources()
    {
        await using var app = new JapanAiGovFactory();
        var items = await app.WithDbAsync(db => db.Items.Include(i => i.Sources).AsNoTracking().ToListAsync());

        Assert.Equal(SeedData.PipaLawId, items.Single(i => i.Slug == "pipa-amendment-ai-training").LawId);
        Assert.Equal(SeedData.AiPromotionActLawId, items.Single(i => i.Slug == "ai-promotion-act").LawId);
        Assert.Equal(ItemStatus.PendingMetiAnnex, items.Single(i => i.Slug == "high-impact-frontier-models").Status);
        Assert.All(items, i => Assert.NotEmpty(i.Sources));
        Assert.All(items, i => Assert.Equal(app.Time.GetUtcNow(), i.StatusChangedAt));
    }

    [Fact]
    public async Task Items_SavedConcurrently_SecondSaveIsRefused()
    {
        await using var app = new JapanAiGovFactory();
        using var scope1 = app.Services.CreateScope();
        using var scope2 = app.Services.CreateScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await db1.Items.SingleAsync(i => i.Slug == "ai-promotion-act");
        var second = await db2.Items.SingleAsync(i => i.Slug == "ai-promotion-act");

        first.Title = "First editor";
        first.Version++;
        await db1.SaveChangesAsync();
        second.Title = "Second editor";
        second.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }
}
