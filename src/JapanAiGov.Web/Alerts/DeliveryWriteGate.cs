using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// SQLite lets one connection write at a time; a writer that finds the database busy sleeps and retries
/// (Microsoft.Data.Sqlite), far longer than the write it waits for takes. The parallel senders of one process
/// therefore queue here for their small writes instead. PostgreSQL locks rows, so its writers pass straight through.
/// Singleton: one queue per process.
/// </summary>
public sealed class DeliveryWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> WriteAsync<T>(AppDbContext db, Func<Task<T>> write)
    {
        if (!db.Database.IsSqlite())
        {
            return await write();
        }

        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
