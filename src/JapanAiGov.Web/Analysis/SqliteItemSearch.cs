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

    public async Task<IReadOnlyList<int>> FindItemIdsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var conditions = new List<string>();
        var parameters = new List<SqliteParameter>();
        var phrases = query.Terms.Where(t => SearchQuery.CodePointLength(t) >= SearchQuery.IndexedTermMinLength).ToList();
        if (phrases.Count > 0)
        {
            conditions.Add("\"ItemSearch\" MATCH $match");
            parameters.Add(new SqliteParameter("$match", string.Join(" AND ", phrases.Select(Phrase))));
        }

        foreach (var (term, index) in query.Terms.Where(t => SearchQuery.CodePointLength(t) < SearchQuery.IndexedTermMinLength).Select((t, i) => (t, i)))
        {
            var name = "$like" + index.ToString(CultureInfo.InvariantCulture);
            conditions.Add("(" + string.Join(" OR ", Columns.Select(c => $"\"{c}\" LIKE {name} ESCAPE '\\'")) + ")");
            parameters.Add(new SqliteParameter(name, "%" + EscapeLike(term) + "%"));
        }

        var sql = "SELECT rowid AS \"Value\" FROM \"ItemSearch\" WHERE " + string.Join(" AND ", conditions);
        return await db.Database.SqlQueryRaw<int>(sql, parameters.Cast<object>().ToArray()).ToListAsync(cancellationToken);
    }

    /// <summary>An FTS5 string literal: the term in double quotes, inner quotes doubled, so operators in it are plain text.</summary>
    private static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string EscapeLike(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
