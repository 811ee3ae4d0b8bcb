using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs: those that read (queries and saves), to check how many a page needs, and
/// apart from them those that only write (ExecuteUpdate, ExecuteSql), to check how many commits an email costs.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private int _writes;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>The writes since the last call (or since the start).</summary>
    public int TakeWrites() => Interlocked.Exchange(ref _writes, 0);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _writes);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecuting(command, eventData, result);
    }
}
