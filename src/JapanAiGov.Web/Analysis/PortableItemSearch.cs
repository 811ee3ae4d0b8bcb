using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Search written in plain LINQ, for providers without a dedicated index (PostgreSQL until a tsvector/pg_trgm
/// counterpart is added beside <see cref="SqliteItemSearch"/>). Case-insensitive substring match on every field.
/// </summary>
public sealed class PortableItemSearch(AppDbContext db) : IItemSearch
{
    public async Task<IReadOnlyList<int>> FindItemIdsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var items = db.Items.AsNoTracking();

        // These calls are translated to SQL lower()/LIKE, never run in .NET, so .NET culture rules do not apply.
#pragma warning disable CA1304, CA1311, CA1862
        foreach (var term in query.Terms.Select(t => t.ToLowerInvariant()))
        {
            items = items.Where(i =>
                i.Title.ToLower().Contains(term)
                || i.Summary.ToLower().Contains(term)
                || i.WhatToWatch.ToLower().Contains(term)
                || i.TitleJa.ToLower().Contains(term)
                || i.SummaryJa.ToLower().Contains(term)
                || i.WhatToWatchJa.ToLower().Contains(term)
                || i.Sources.Any(s => s.Publisher.ToLower().Contains(term) || s.Title.ToLower().Contains(term) || s.Url.ToLower().Contains(term)));
        }
#pragma warning restore CA1304, CA1311, CA1862

        return await items.Select(i => i.Id).ToListAsync(cancellationToken);
    }
}
