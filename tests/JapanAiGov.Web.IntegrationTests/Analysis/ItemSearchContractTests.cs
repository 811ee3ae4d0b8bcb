using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

/// <summary>
/// What search finds, written once and run on every provider (<see cref="SqliteItemSearchTests"/>,
/// <see cref="PostgresItemSearchTests"/>): the same query must find the same items whichever index answers it. Each case
/// goes through the app's own <see cref="IItemSearch"/>, composed into an items query as the dashboard and the API do.
/// </summary>
public abstract class ItemSearchContractTests(SearchCorpus corpus)
{
    private const string Pipa = "pipa-amendment-ai-training";

    /// <summary>A query as typed, and the slugs it must find (sorted, comma-separated; empty for none).</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "pRoVeNaNcE", "ja-title-only" },
        { "コンテンツ来歴", "ja-title-only" },
        { "「来歴法案」", "ja-title-only" },
        { "「来歴 法案」", string.Empty },
        { "provenance 法案", "ja-title-only" },
        { "法案", "ja-title-only," + Pipa },
        { "nikkei", "source-only" },
        { "ASIA.NIKKEI.COM", "source-only" },
        { "watermark reported", "source-only" },
        { "guidance nikkei", "source-only" },
        { "\"Nikkei Asia Watermark\"", "source-only" },
        { "provenance nikkei", string.Empty },
        { "法令の案", "source-only" },
        { "法令", "ai-promotion-act," + Pipa + ",source-only" },
        { "100%", "metacharacters" },
        { "%", "metacharacters" },
        { "snake_case", "metacharacters" },
        { @"C:\data", "metacharacters" },
        { @"\", "metacharacters" },
        { "élysée", "accented" },
        { "é", "accented" },
        { "ÉL", "accented" },
        { "EU", "accented" },
        { "nothing-matches-this", string.Empty },
        { "ai nothing-matches-this", string.Empty },
    };

    protected async Task AssertFindsAsync(string text, string expected, Type implementation)
    {
        using var scope = corpus.App.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<IItemSearch>();
        Assert.IsType(implementation, search);
        var ids = search.MatchingItemIds(SearchQuery.Parse(text));

        var found = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Items.Where(i => ids.Contains(i.Id)).Select(i => i.Slug).ToListAsync();

        Assert.Equal(expected, string.Join(",", found.Order(StringComparer.Ordinal)));
    }
}
