using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class SearchTests
{
    [Theory]
    // Only the PIPA item mentions the Cabinet decision (閣議決定); 個人情報 is also in the penalties item's Japanese text.
    [InlineData("閣議決定")]
    [InlineData("閣議")]
    [InlineData("保護に関する法律")]
    [InlineData("閣")]
    public async Task Search_Japanese_FindsOnlyThePipaItem(string query)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?q=" + Uri.EscapeDataString(query));

        var row = Assert.Single(document.QuerySelectorAll("table.items tbody tr"));
        Assert.Contains("PIPA amendment", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(row.QuerySelectorAll("mark"), mark => mark.TextContent == query);
        Assert.Contains("1 of 4 items match", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yomiuri", 2)]
    [InlineData("YOMIURI", 2)]
    [InlineData("frontier", 1)]
    [InlineData("METI annex", 2)]
    [InlineData("\"technical annexes\"", 2)]
    [InlineData("AI", 4)]
    [InlineData("theregister.com", 1)]
    [InlineData("penalties profit", 3)]
    [InlineData("no-such-word-anywhere", 0)]
    [InlineData("保護 個人情報", 2)]
    [InlineData("AI 個人情報 consent", 2)]
    public async Task Search_English_MatchesTitlesSummariesWatchNotesAndSources(string query, int expected)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, document.QuerySelectorAll("table.items tbody tr").Length);
        Assert.Contains($"{expected} of 4 items match", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=yomiuri&status=Reported", 2)]
    [InlineData("/?q=yomiuri&topic=privacy", 1)]
    [InlineData("/?q=yomiuri&status=Confirmed", 0)]
    [InlineData("/?q=meti&status=PendingMetiAnnex&topic=frontier-models", 1)]
    public async Task Search_CombinedWithFilters_AppliesBoth(string url, int expected)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync(url);

        Assert.Equal(expected, document.QuerySelectorAll("table.items tbody tr").Length);
        Assert.Equal(document.QuerySelector("input[name=q]")!.GetAttribute("value"), url.Split("q=")[1].Split('&')[0]);
    }

    [Theory]
    [InlineData("pipa NOT zzzqqq", 0)]
    [InlineData("pipa OR zzzqqq", 0)]
    [InlineData("NEAR(pipa consent)", 0)]
    [InlineData("pipa*", 0)]
    [InlineData("title:pipa", 0)]
    [InlineData("%", 0)]
    [InlineData("_", 2)]
    [InlineData("\\", 0)]
    [InlineData("'; DROP TABLE Items; --", 0)]
    public async Task Search_WithSyntaxCharacters_IsTreatedAsPlainText(string query, int expected)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, document.QuerySelectorAll("table.items tbody tr").Length);
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task Search_OnlyQuotes_ShowsEverythingWithoutAnError()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?q=%22%22");

        Assert.Equal(4, document.QuerySelectorAll("table.items tbody tr").Length);
    }

    [Fact]
    public async Task Search_AfterEdits_IndexFollowsItemsAndSources()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        Assert.Empty((await client.GetDocumentAsync("/?q=zeitgeist")).QuerySelectorAll("table.items tbody tr"));

        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "profit-based-penalties");
            item.WhatToWatch = "The zeitgeist of 課徴金 debates.";
            await db.SaveChangesAsync();
        });
        Assert.Equal("profit-based-penalties", SlugOf(Assert.Single((await client.GetDocumentAsync("/?q=zeitgeist")).QuerySelectorAll("table.items tbody tr"))));
        Assert.Single((await client.GetDocumentAsync("/?q=" + Uri.EscapeDataString("課徴金"))).QuerySelectorAll("table.items tbody tr"));

        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "high-impact-frontier-models");
            db.Sources.Add(new Source { ItemId = item.Id, Publisher = "Nikkei Asia", Title = "Frontier model thresholds", Url = "https://example.org/x", Kind = SourceKind.Press });
            await db.SaveChangesAsync();
        });
        Assert.Equal("high-impact-frontier-models", SlugOf(Assert.Single((await client.GetDocumentAsync("/?q=nikkei")).QuerySelectorAll("table.items tbody tr"))));

        await app.WithDbAsync(async db =>
        {
            var source = await db.Sources.SingleAsync(s => s.Publisher == "Nikkei Asia");
            source.Publisher = "Asahi Shimbun";
            await db.SaveChangesAsync();
        });
        Assert.Empty((await client.GetDocumentAsync("/?q=nikkei")).QuerySelectorAll("table.items tbody tr"));
        Assert.Single((await client.GetDocumentAsync("/?q=asahi")).QuerySelectorAll("table.items tbody tr"));

        await app.WithDbAsync(async db =>
        {
            db.Sources.Remove(await db.Sources.SingleAsync(s => s.Publisher == "Asahi Shimbun"));
            await db.SaveChangesAsync();
        });
        Assert.Empty((await client.GetDocumentAsync("/?q=asahi")).QuerySelectorAll("table.items tbody tr"));

        await app.WithDbAsync(async db =>
        {
            db.Items.Remove(await db.Items.SingleAsync(i => i.Slug == "profit-based-penalties"));
            await db.SaveChangesAsync();
        });
        Assert.Empty((await client.GetDocumentAsync("/?q=zeitgeist")).QuerySelectorAll("table.items tbody tr"));
        var indexRows = await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"ItemSearch\"").SingleAsync());
        Assert.Equal(3, indexRows);
    }

    [Fact]
    public async Task Search_NewItem_IsFoundAndHighlightedSafely()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddItemAsync("markup-item", "<script>alert(1)</script> & AI <b>bold</b>", app.Time.GetUtcNow(), summary: "Mentions a <img src=x onerror=alert(2)> tag.");

        var client = app.CreateClient();
        using var response = await client.GetAsync("/?q=script");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var snippet = (await client.GetDocumentAsync("/?q=onerror")).QuerySelector(".snippet")!;
        Assert.Empty(snippet.QuerySelectorAll("img"));
        Assert.Equal("onerror", snippet.QuerySelector("mark")!.TextContent);
    }

    [Fact]
    public async Task Search_StatusChangeOnly_DoesNotTouchTheIndexRow()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, app.Time.GetUtcNow().AddHours(1));

        var document = await app.CreateClient().GetDocumentAsync("/?q=" + Uri.EscapeDataString("個人情報") + "&status=Confirmed");

        Assert.Equal("pipa-amendment-ai-training", SlugOf(Assert.Single(document.QuerySelectorAll("table.items tbody tr"))));
    }

    private static string SlugOf(AngleSharp.Dom.IElement row) => row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1];
}
