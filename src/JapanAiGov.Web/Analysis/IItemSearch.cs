namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Full-text search over items' titles, summaries, watch notes and sources: the one seam for provider-specific
/// search SQL (DESIGN.md §6). SQLite uses FTS5 with the trigram tokenizer; other providers the portable search.
/// </summary>
public interface IItemSearch
{
    /// <summary>The ids of items matching every term of <paramref name="query"/> (in no particular order).</summary>
    Task<IReadOnlyList<int>> FindItemIdsAsync(SearchQuery query, CancellationToken cancellationToken);
}
