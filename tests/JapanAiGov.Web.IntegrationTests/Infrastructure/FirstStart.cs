using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>What several instances started at the same moment each do first, all at once, on any provider.</summary>
public static class FirstStart
{
    /// <summary>Runs three database initializations (create if needed, migrate, seed) concurrently and checks the seed landed once.</summary>
    public static async Task ThreeAtOnceAsync(Func<AppDbContext> newContext)
    {
        var contexts = Enumerable.Range(0, 3).Select(_ => newContext()).ToList();
        try
        {
            await Task.WhenAll(contexts.Select(db => Task.Run(() =>
                new DatabaseInitializer(db, FirstKey(db, newContext), TimeProvider.System, NullLogger<DatabaseInitializer>.Instance).MigrateAndSeedAsync(CancellationToken.None))));

            var check = contexts[0];
            check.ChangeTracker.Clear();
            Assert.Equal(4, await check.Items.CountAsync());
            Assert.Equal(4, await check.StatusChanges.CountAsync());
            Assert.Equal(2, await check.WatchedLaws.CountAsync());
            Assert.Empty(await check.Database.GetPendingMigrationsAsync());
            Assert.Equal(1, await check.DataProtectionKeys.CountAsync());
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>The first-key step as each instance has it: a key manager persisting to the same database.</summary>
    private static FirstDataProtectionKey FirstKey(AppDbContext db, Func<AppDbContext> newContext)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => newContext());
        services.AddDataProtection().SetApplicationName("JapanAiGov").PersistKeysToDbContext<AppDbContext>();
        var provider = services.BuildServiceProvider();
        return new FirstDataProtectionKey(
            db,
            provider.GetRequiredService<IKeyManager>(),
            provider.GetRequiredService<IOptions<KeyManagementOptions>>(),
            NullLogger<FirstDataProtectionKey>.Instance);
    }
}
