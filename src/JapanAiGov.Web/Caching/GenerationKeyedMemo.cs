using System.Collections.Concurrent;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Like <see cref="GenerationMemo{T}"/>, one value per key (e.g. per item) kept until the public content moves to a new
/// <see cref="PublicContentVersion"/>: the first request for a key after a write reads it, later ones share it. The whole
/// table is dropped with its generation, so it never holds more than one value per key of the current generation.
/// </summary>
public sealed class GenerationKeyedMemo<TKey, TValue>(PublicContentVersion version)
    where TKey : notnull
    where TValue : class
{
    private Table? _table;

    public async ValueTask<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        // The generation is taken before the read (as in GenerationMemo): a write during the read moves it on, and the
        // value then lands in a table no later request asks. A reader still on an older generation never installs its
        // table over a newer one; it reads without keeping what it read.
        var generation = version.Generation;
        var table = Volatile.Read(ref _table);
        while (table is null || table.Generation < generation)
        {
            var fresh = new Table(generation);
            var seen = Interlocked.CompareExchange(ref _table, fresh, table);
            table = ReferenceEquals(seen, table) ? fresh : seen;
        }

        if (table.Generation != generation)
        {
            return await read(key, cancellationToken);
        }

        if (table.Values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = await read(key, cancellationToken);
        return table.Values.GetOrAdd(key, value);
    }

    private sealed class Table(long generation)
    {
        public long Generation { get; } = generation;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();
    }
}
