using System.Globalization;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Search on PostgreSQL through pg_trgm GIN indexes (the PostgresTrigramSearch migration): one over each item's text in
/// both languages, one over each source's publisher, title and URL. Every term is an <c>ILIKE '%term%'</c> on those
/// expressions, which the trigram indexes answer for terms of 3+ characters; shorter terms give the index no trigram
/// to look up, so PostgreSQL reads every row for them (still correct, as on SQLite's LIKE fallback).
/// </summary>
public sealed class PostgresItemSearch(AppDbContext db) : IItemSearch
{
    /// <summary>
    /// The indexed expressions, exactly as the migration wrote them: PostgreSQL uses an expression index only for the
    /// same expression. Fields are joined by a line feed, which no search term holds, so no match spans two fields.
    /// </summary>
    public const string ItemText =
        "(\"Title\" || E'\\n' || \"TitleJa\" || E'\\n' || \"Summary\" || E'\\n' || \"SummaryJa\" || E'\\n' || \"WhatToWatch\" || E'\\n' || \"WhatToWatchJa\")";

    /// <summary>A source as SQLite's index holds it: publisher, title and URL joined by spaces.</summary>
    public const string SourceText = "(\"Publisher\" || ' ' || \"Title\" || ' ' || \"Url\")";

    public IQueryable<int> MatchingItemIds(SearchQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfZero(query.Terms.Count);
        var perTerm = query.Terms.Select((_, index) =>
        {
            var parameter = "{" + index.ToString(CultureInfo.InvariantCulture) + "}";
            return $"(SELECT \"Id\" FROM \"Items\" WHERE {ItemText} ILIKE {parameter} UNION SELECT \"ItemId\" FROM \"Sources\" WHERE {SourceText} ILIKE {parameter})";
        });
        var sql = "SELECT m.\"Id\" AS \"Value\" FROM (" + string.Join(" INTERSECT ", perTerm) + ") AS m";
        return db.Database.SqlQueryRaw<int>(sql, query.Terms.Select(t => (object)SearchQuery.ContainsPattern(t)).ToArray());
    }
}
