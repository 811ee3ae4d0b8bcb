using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection. In WAL mode (set at start) a commit then no
/// longer waits for an fsync, only checkpoints do: a power cut may lose the last commits, but the database stays
/// consistent, and an application crash loses nothing. That keeps a commit per sent email (the alert dispatcher's
/// "at most one duplicate per crash") cheap.
/// </summary>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
