using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// A revision's articles: fetched from e-Gov, extracted, stored as JSON with its SHA-256, and loaded back, each text
/// at most once per scope (a poll pass, a page request) thanks to a cache keyed by law_revision_id. The poller fetches
/// what is missing; pages only read what is stored, so showing a comparison never calls e-Gov.
/// </summary>
public sealed class LawTextStore(AppDbContext db, EGovClient egov, TimeProvider time, ILogger<LawTextStore> logger)
{
    private readonly Dictionary<string, IReadOnlyList<LawArticle>?> _cache = new(StringComparer.Ordinal);

    /// <summary>Whether this scope already loaded or tried to fetch the revision's text.</summary>
    public bool HasTried(string lawRevisionId) => _cache.ContainsKey(lawRevisionId);

    /// <summary>The revision's articles: cached, else stored, else fetched from e-Gov; null when e-Gov has no text for it yet.</summary>
    public async Task<IReadOnlyList<LawArticle>?> GetAsync(LawRevision revision, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(revision.LawRevisionId, out var cached))
        {
            return cached;
        }

        var json = revision.TextHash is null ? null
            : revision.Text?.ArticlesJson ?? await db.LawRevisionTexts.Where(t => t.Id == revision.Id).Select(t => t.ArticlesJson).SingleOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return await FetchAsync(revision, cancellationToken);
        }

        return _cache[revision.LawRevisionId] = LawArticles.FromJson(json);
    }

    /// <summary>The stored articles of a revision (by its law_revision_id), or null when its text has not been fetched.</summary>
    public async Task<IReadOnlyList<LawArticle>?> GetStoredAsync(string lawRevisionId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(lawRevisionId, out var cached))
        {
            return cached;
        }

        var json = await db.LawRevisions.AsNoTracking()
            .Where(r => r.LawRevisionId == lawRevisionId)
            .Select(r => r.Text == null ? null : r.Text.ArticlesJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : _cache[lawRevisionId] = LawArticles.FromJson(json);
    }

    /// <summary>
    /// Fetches, extracts and stores (on the tracked <paramref name="revision"/>, saved with it) the revision's articles;
    /// null when e-Gov has no text for it (404004).
    /// </summary>
    public async Task<IReadOnlyList<LawArticle>?> FetchAsync(LawRevision revision, CancellationToken cancellationToken)
    {
        var tree = await egov.GetRevisionTextAsync(revision.LawRevisionId, cancellationToken);
        if (tree is null)
        {
            logger.LogInformation("e-Gov has no text for revision {LawRevisionId} yet", revision.LawRevisionId);
            return _cache[revision.LawRevisionId] = null;
        }

        var articles = ArticleExtractor.Extract(tree);
        var json = LawArticles.ToJson(articles);
        revision.Text ??= (revision.Id == 0 ? null : await db.LawRevisionTexts.FindAsync([revision.Id], cancellationToken))
            ?? new LawRevisionText { ArticlesJson = json };
        revision.Text.ArticlesJson = json;
        revision.TextHash = LawArticles.Hash(json);
        revision.ArticleCount = articles.Count;
        revision.TextFetchedAt = time.GetUtcNow();
        return _cache[revision.LawRevisionId] = articles;
    }
}
