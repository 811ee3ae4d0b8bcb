using JapanAiGov.Web.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The ids a search matched, kept per content generation for the searches made since the last write: paging through
/// a search (or exporting it) runs the full-text lookup once, not once per page. A term found in every one of 5,000
/// items costs SQLite's FTS5 about 30 ms, most of such a page's time. The generation is part of the key and is taken
/// before the lookup, so a result read before a write is never used after it (<see cref="GenerationMemo{T}"/>'s rule).
/// Bounded to a million ids in all (about 4 MB); least recently used searches go first.
/// </summary>
public sealed class SearchResultsMemo(PublicContentVersion version, long idsLimit) : IDisposable
{
    private readonly MemoryCache _results = new(new MemoryCacheOptions { SizeLimit = idsLimit });

    public SearchResultsMemo(PublicContentVersion version)
        : this(version, 1_000_000)
    {
    }

    public async Task<IReadOnlyList<int>> GetAsync(SearchQuery query, Func<CancellationToken, Task<List<int>>> search, CancellationToken cancellationToken)
    {
        // Terms never hold a control character (SearchQuery.Parse drops them), so '\n' cannot join two searches into one key.
        var key = (version.Generation, string.Join('\n', query.Terms));
        if (_results.TryGetValue(key, out IReadOnlyList<int>? ids))
        {
            return ids!;
        }

        var found = await search(cancellationToken);
        return _results.Set<IReadOnlyList<int>>(key, found, new MemoryCacheEntryOptions { Size = Math.Max(1, found.Count), SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    public void Dispose() => _results.Dispose();
}
