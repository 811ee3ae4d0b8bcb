using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

/// <summary>The shared search cases on PostgreSQL (pg_trgm GIN indexes), and proof that the indexes are used.</summary>
public sealed class PostgresItemSearchTests(PostgresItemSearchTests.Corpus corpus) : ItemSearchContractTests(corpus), IClassFixture<PostgresItemSearchTests.Corpus>
{
    [PostgresTheory]
    [MemberData(nameof(Cases))]
    public Task Search_OnPostgres_FindsTheAgreedItems(string text, string expected) => AssertFindsAsync(text, expected, typeof(PostgresItemSearch));

    /// <summary>
    /// The plan of a 3+ character term reads both trigram indexes. What this proves: the search's expressions are the
    /// migration's indexed expressions, so PostgreSQL can answer from the indexes. What it does not: that the planner
    /// prefers them — at 5,000 small rows it still picks a sequential scan, so the test turns those off
    /// (<c>enable_seqscan = off</c>); the planner's own choice at 50,000 items is in docs/benchmarks.md.
    /// </summary>
    [PostgresFact]
    public async Task Search_ThreeOrMoreCharacters_UsesTheTrigramIndexes()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new JapanAiGovFactory(database.Settings);
        await app.WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
            db.Items.AddRange(Enumerable.Range(0, 5000).Select(i => new RegulatoryItem
            {
                Slug = $"filler-{i}",
                Title = $"Filler item {i} on model evaluation",
                TitleJa = $"評価に関する項目{i}",
                Topic = "filler",
                Summary = $"Background text number {i} about governance and oversight.",
                WhatToWatch = "Further notices.",
                StatusChangedAt = at,
                CreatedAt = at,
                UpdatedAt = at,
                Sources = [new Source { Publisher = "Analyst", Title = $"Note {i}", Url = $"https://example.org/{i}", Kind = SourceKind.Analysis }],
            }));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        });

        using var scope = app.Services.CreateScope();
        var plan = await ExplainAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<IItemSearch>(), "watermark");

        Assert.Contains("Bitmap Index Scan on \"IX_Items_SearchText\"", plan, StringComparison.Ordinal);
        Assert.Contains("Bitmap Index Scan on \"IX_Sources_SearchText\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    private static async Task<string> ExplainAsync(AppDbContext db, IItemSearch search, string text)
    {
        await using var command = search.MatchingItemIds(SearchQuery.Parse(text)).CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    public sealed class Corpus : SearchCorpus
    {
        private PostgresDatabase? _database;

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }

        protected override async Task<JapanAiGovFactory?> CreateAppAsync()
        {
            if (PostgresFactAttribute.SkipReason is not null)
            {
                return null;
            }

            _database = await PostgresDatabase.CreateAsync();
            return new JapanAiGovFactory(_database.Settings);
        }
    }
}
