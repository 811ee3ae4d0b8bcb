namespace JapanAiGov.Web.Caching;

/// <summary>
/// One value read from the database, kept until the public content moves to a new <see cref="PublicContentVersion"/>:
/// data that every public page shows and only a write changes (the status counts, the e-Gov freshness line) is read once
/// per write instead of once per request. It follows the output cache's rules: this instance's own writes are seen at
/// once, other instances' within <see cref="PublicPageCacheOptions.SyncInterval"/>.
/// </summary>
public sealed class GenerationMemo<T>(PublicContentVersion version)
    where T : class
{
    private Entry? _entry;

    public async ValueTask<T> GetAsync(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        // The generation is taken before the read: a write that commits during the read moves the generation on, so
        // what was read is never kept past it. Two readers at once may both read; the later store wins, unless it is of an older generation.
        var generation = version.Generation;
        if (Volatile.Read(ref _entry) is { } entry && entry.Generation == generation)
        {
            return entry.Value;
        }

        var value = await read(cancellationToken);

        // A page rendered ahead for the next generation may have stored that generation's value: never go back from it.
        var fresh = new Entry(generation, value);
        var known = Volatile.Read(ref _entry);
        while (known is null || known.Generation <= generation)
        {
            var seen = Interlocked.CompareExchange(ref _entry, fresh, known);
            if (ReferenceEquals(seen, known))
            {
                break;
            }

            known = seen;
        }

        return value;
    }

    private sealed record Entry(long Generation, T Value);
}
