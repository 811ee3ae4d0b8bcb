using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JapanAiGov.Web.Data;

/// <summary>Applies migrations, loads the seed data and creates the first Data Protection key; run explicitly at start and by the <c>migrate</c> command.</summary>
public sealed class DatabaseInitializer(AppDbContext db, FirstDataProtectionKey firstKey, TimeProvider time, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Brings the schema up to date; true when a new SQLite database got its schema and seed rows from the scripts.</summary>
    public async Task<bool> MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (the dashboard) proceed while a writer (an editor, the poller) commits.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            if (await FreshSqliteSchema.TryCreateAsync(db, time.GetUtcNow(), cancellationToken))
            {
                logger.LogInformation("Created the schema of a new database from the migrations' script ({MigrationCount} migrations)", db.Database.GetMigrations().Count());
                return true;
            }
        }

        if (db.Database.IsNpgsql())
        {
            // Npgsql reads the history table without asking whether it exists, and logs the failure on a new database
            // as two errors; created first (as EF's migrator would do next anyway), the read simply finds it empty.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return false; // up to date: EF's migrator would only take its lock and read the history again
        }

        logger.LogInformation("Applying {MigrationCount} migrations: {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
        return false;
    }

    /// <summary>Migrates and seeds; safe when several instances start at the same moment (<see cref="DatabaseStartupLock"/>).</summary>
    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using var startup = await DatabaseStartupLock.AcquireAsync(db, cancellationToken);
        int added, watched;
        if (await MigrateAsync(cancellationToken))
        {
            var script = FreshSqliteSeed.Script();
            (added, watched) = (FreshSqliteSeed.RowsOf(script, "Items"), FreshSqliteSeed.RowsOf(script, "WatchedLaws"));
        }
        else
        {
            // One transaction: on SQLite it is IMMEDIATE (takes the write lock first), so two processes never both see an empty table.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            added = await SeedData.SeedAsync(db, time, cancellationToken);
            watched = await WatchedLawSeed.SeedAsync(db, time, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (added > 0)
        {
            logger.LogInformation("Seeded {ItemCount} items into an empty database", added);
        }

        if (watched > 0)
        {
            logger.LogInformation("Now watching {LawCount} seed laws on e-Gov", watched);
        }

        await firstKey.EnsureAsync(cancellationToken);
    }
}
