using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection. In WAL mode (set at start) a commit then no
/// longer waits for an fsync, only checkpoints do: a power cut may lose the last commits, but the database stays
/// consistent, and an application crash loses nothing. That keeps a commit per sent email (the alert dispatcher's
/// "at most one duplicate per crash") cheap.
/// </summary>
/// <remarks>
/// The setting belongs to the native connection, which Microsoft.Data.Sqlite pools and hands out again on the next
/// open: it is set once per native connection, not on every open (a statement per query was a tenth of a page's time).
/// </remarks>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=NORMAL;";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpenOf(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpenOf(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True once per native connection (a connection that is not Microsoft.Data.Sqlite's is always set).</summary>
    private bool FirstOpenOf(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, Pragma);
}
