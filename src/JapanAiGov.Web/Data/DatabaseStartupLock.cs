using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Lets one starting instance at a time create, migrate and seed the database, so several instances started at the same
/// moment on an empty server neither create the database twice nor seed it twice. On PostgreSQL: a missing database is
/// created under an advisory lock on the server's maintenance database (<c>postgres</c>), then every start migrates and
/// seeds under an advisory lock on the database itself, held by a connection of its own until disposed. On SQLite (one file, one host) nothing is needed here: EF's
/// migration lock covers migrating, and the seed runs in one IMMEDIATE transaction (see <see cref="DatabaseInitializer"/>).
/// </summary>
public sealed class DatabaseStartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number works; it only has to be the same in every instance ("JAG" and 1).</summary>
    private const long LockKey = 0x4A41_4700_0001;

    private readonly NpgsqlConnection? _connection;

    private DatabaseStartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<DatabaseStartupLock> AcquireAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new DatabaseStartupLock(null);
        }

        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(target.ConnectionString);
        try
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                // No database yet (first start): create it, then connect. A database that exists never needs `postgres`.
                await CreateDatabaseIfMissingAsync(target, cancellationToken);
                await connection.OpenAsync(cancellationToken);
            }

            await LockAsync(connection, cancellationToken);
            return new DatabaseStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session releases its advisory lock.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task CreateDatabaseIfMissingAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var name = target.Database ?? throw new InvalidOperationException("ConnectionStrings:Default names no PostgreSQL database.");
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
