using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Creates the first Data Protection key at database initialization (start and <c>migrate</c>), once, under a lock.
/// Left to itself, every instance started on an empty key ring makes its own first key; each then protects cookies,
/// forms and alert tokens with a key the others do not know yet, and they fail on each other's tokens until their
/// key rings refresh. The lock is a PostgreSQL advisory lock, or on SQLite an exclusive lock file beside the database.
/// </summary>
public sealed class FirstDataProtectionKey(AppDbContext db, IKeyManager keys, IOptions<KeyManagementOptions> options, ILogger<FirstDataProtectionKey> logger)
{
    private const long AdvisoryLockKey = 0x4A41_4731_4B45_5931; // "JAG1KEY1"
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var held = db.Database.IsNpgsql() ? await AdvisoryLockAsync(cancellationToken) : await LockFileAsync(cancellationToken);
        if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        // Data Protection reads the system clock, not the app's TimeProvider, so the key's dates must come from it too.
        var now = DateTimeOffset.UtcNow;
        keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        logger.LogInformation("Created the first Data Protection key");
    }

    private async Task<IAsyncDisposable> AdvisoryLockAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        return new Release(async () =>
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        });
    }

    private async Task<IAsyncDisposable> LockFileAsync(CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource + ".keys.lock";
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another instance is creating the key; it takes milliseconds.
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
