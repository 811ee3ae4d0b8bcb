using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// A disk that fills up: once <see cref="Fill"/> is called (or a write matching <see cref="FillOnWrite"/>'s trigger is
/// about to run), every write the app sends to SQLite fails as SQLite fails on a full disk — SQLITE_FULL, "database or
/// disk is full" — while reads go on working; <see cref="Free"/> makes room again. Inert until used; the factory adds it
/// to the app's DbContexts.
/// </summary>
public sealed class FullDisk : DbCommandInterceptor
{
    private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE", "REPLACE"];

    private volatile bool _full;
    private volatile string? _trigger;

    public int Refused => _refused;

    private int _refused;

    public void Fill() => _full = true;

    /// <summary>The disk fills just before the first write whose SQL contains <paramref name="sql"/> (that write fails too).</summary>
    public void FillOnWrite(string sql) => _trigger = sql;

    public void Free()
    {
        _full = false;
        _trigger = null;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        var sql = command.CommandText.TrimStart();
        if (!Writes.Any(w => sql.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (_trigger is { } trigger && sql.Contains(trigger, StringComparison.Ordinal))
        {
            _full = true;
        }

        if (_full)
        {
            Interlocked.Increment(ref _refused);
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        }
    }
}
