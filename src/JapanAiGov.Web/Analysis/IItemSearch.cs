namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Full-text search over items' titles, summaries, watch notes and sources, in both languages: the one seam for
/// provider-specific search SQL (DESIGN.md §6). SQLite uses FTS5 with the trigram tokenizer
/// (<see cref="SqliteItemSearch"/>), PostgreSQL pg_trgm GIN indexes (<see cref="PostgresItemSearch"/>); both match
/// every term as a case-insensitive substring, so they find the same items.
/// </summary>
public interface IItemSearch
{
    /// <summary>
    /// The ids of items matching every term of <paramref name="query"/> (in no particular order), as a query the caller
    /// composes into its own (<c>ids.Contains(i.Id)</c> becomes <c>IN (SELECT …)</c>), so no id list travels through
    /// the application. <paramref name="query"/> must not be empty.
    /// </summary>
    IQueryable<int> MatchingItemIds(SearchQuery query);
}
