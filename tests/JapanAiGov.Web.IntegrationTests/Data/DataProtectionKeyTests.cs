using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Data.Postgres;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Data;

/// <summary>
/// Issue 15: instances started together on one database each made their own first Data Protection key, and could
/// not read each other's tokens (cookies, forms, alert links) until their key rings refreshed.
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task InstancesStartedTogether_OnOneSqliteFile_CreateOneKeyAndReadEachOthersTokens()
    {
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "shared.db")}";
        try
        {
            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options))
            {
                await PrepareAsync(db);
            }

            await AssertOneSharedKeyAsync(new() { ["ConnectionStrings:Default"] = connectionString });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [PostgresFact]
    public async Task InstancesStartedTogether_OnOnePostgresDatabase_CreateOneKeyAndReadEachOthersTokens()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options))
        {
            await PrepareAsync(db);
        }

        await AssertOneSharedKeyAsync(database.Settings);
    }

    /// <summary>An up-to-date, seeded database without any key: what the instances find when they start together.</summary>
    private static async Task PrepareAsync(AppDbContext db)
    {
        await db.Database.MigrateAsync();
        await SeedData.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        await WatchedLawSeed.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    private static async Task AssertOneSharedKeyAsync(Dictionary<string, string?> settings)
    {
        var apps = Enumerable.Range(0, 3).Select(_ => new JapanAiGovFactory(settings)).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));

            Assert.Equal(1, await apps[0].WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
            var tokens = apps.Select(app => app.Services.GetRequiredService<AlertTokenProtector>().Protect("token")).ToList();
            foreach (var app in apps)
            {
                var protector = app.Services.GetRequiredService<AlertTokenProtector>();
                Assert.All(tokens, token => Assert.Equal("token", protector.Unprotect(token)));
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
