using System.Globalization;
using System.Text;
using JapanAiGov.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Searches the <c>ItemSearch</c> FTS5 table (trigram tokenizer, kept in sync by triggers; see the ItemSearchIndex
/// migration). Terms of 3+ characters go to MATCH as quoted phrases, so the index is used and no user text is ever
/// parsed as FTS syntax; shorter terms, which a trigram index cannot hold, fall back to LIKE on the same table.
/// </summary>
public sealed class SqliteItemSearch(AppDbContext db) : IItemSearch
{
    private static readonly string[] Columns = ["Title", "Summary", "WhatToWatch", "Sources"];

    public IQueryable<int> MatchingItemIds(SearchQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfZero(query.Terms.Count);
        var conditions = new List<string>();
        var parameters = new List<SqliteParameter>();
        var phrases = query.Terms.Where(t => SearchQuery.CodePointLength(t) >= SearchQuery.IndexedTermMinLength).ToList();
        if (phrases.Count > 0)
        {
            conditions.Add("\"ItemSearch\" MATCH $match");
            parameters.Add(new SqliteParameter("$match", string.Join(" AND ", phrases.Select(Phrase))));
        }

        foreach (var term in query.Terms.Where(t => SearchQuery.CodePointLength(t) < SearchQuery.IndexedTermMinLength))
        {
            // SQLite's LIKE folds only A–Z, while the trigram index (and PostgreSQL's ILIKE) fold every letter: each
            // case form of a short term's other letters is tried, so "é" finds "É" here as "éte" finds "ÉTÉ" in MATCH.
            var names = new List<string>();
            foreach (var variant in CaseVariants(term))
            {
                var name = "$like" + parameters.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(name);
                parameters.Add(new SqliteParameter(name, SearchQuery.ContainsPattern(variant)));
            }

            conditions.Add("(" + string.Join(" OR ", Columns.SelectMany(c => names.Select(n => $"\"{c}\" LIKE {n} ESCAPE '\\'"))) + ")");
        }

        var sql = "SELECT rowid AS \"Value\" FROM \"ItemSearch\" WHERE " + string.Join(" AND ", conditions);
        return db.Database.SqlQueryRaw<int>(sql, parameters.Cast<object>().ToArray());
    }

    /// <summary>An FTS5 string literal: the term in double quotes, inner quotes doubled, so operators in it are plain text.</summary>
    private static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Every spelling of a (1–2 character) term with its non-ASCII letters in lower or upper case.</summary>
    private static IEnumerable<string> CaseVariants(string term)
    {
        IEnumerable<string> variants = [string.Empty];
        foreach (var rune in term.EnumerateRunes())
        {
            Rune[] forms = rune.IsAscii ? [rune] : [.. new[] { rune, Rune.ToLowerInvariant(rune), Rune.ToUpperInvariant(rune) }.Distinct()];
            variants = variants.SelectMany(v => forms.Select(f => v + f.ToString())).ToList();
        }

        return variants;
    }
}
