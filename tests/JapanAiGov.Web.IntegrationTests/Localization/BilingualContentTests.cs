using System.Net;
using System.Text.Json;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed class BilingualContentTests
{
    [Fact]
    public async Task SeedItems_HaveJapaneseText_ShownToJapaneseReaders()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var japanese = await client.GetDocumentAsync("/?culture=ja");
        var english = await client.GetDocumentAsync("/?culture=en");

        Assert.Contains(japanese.QuerySelectorAll("table.items a[lang=ja]"), a => a.TextContent == "故意の違反で得た利益に応じた課徴金");
        Assert.Contains(english.QuerySelectorAll("table.items a[lang=en]"), a => a.TextContent == "Penalties calibrated to profits gained from intentional violations");
        var item = await client.GetDocumentAsync("/items/profit-based-penalties?culture=ja");
        Assert.Equal("故意の違反で得た利益に応じた課徴金", item.QuerySelector("h1")!.TextContent);
        Assert.Contains("読売新聞", item.QuerySelector("#summary-heading + div[lang=ja]")!.TextContent, StringComparison.Ordinal);
        // The item's own texts are all in Japanese; only citations and reasons written in English say so (原文).
        Assert.All(item.QuerySelectorAll(".original-language"), marker => Assert.NotNull(marker.Closest(".sources, .timeline")));
    }

    [Fact]
    public async Task ItemPage_WithoutTheReadersLanguage_FallsBackToTheOtherWithTheOriginalMarker()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddItemAsync("english-only", "English only item", app.Time.GetUtcNow(), summary: "Only *English* so far.", whatToWatch: "The next **step**.");
        await app.AddItemAsync("japanese-only", "Japanese summary item", app.Time.GetUtcNow(), summary: "", whatToWatch: "", titleJa: "日本語の項目", summaryJa: "日本語の**概要**だけです。", whatToWatchJa: "次の動き。");
        var client = app.CreateClient();

        var inJapanese = await client.GetDocumentAsync("/items/english-only?culture=ja");
        Assert.Equal("English only item原文 / original", inJapanese.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", inJapanese.QuerySelector("h1 span[lang]")!.GetAttribute("lang"));
        Assert.Equal(3, inJapanese.QuerySelectorAll(".original-language").Count(marker => marker.Closest(".sources, .timeline") is null));
        Assert.Equal("en", inJapanese.QuerySelector("#summary-heading + div")!.GetAttribute("lang"));
        Assert.Contains("Only English so far.", inJapanese.QuerySelector("#summary-heading + div")!.TextContent, StringComparison.Ordinal);

        var inEnglish = await client.GetDocumentAsync("/items/japanese-only?culture=en");
        Assert.Equal("Japanese summary item", inEnglish.QuerySelector("h1 span")!.TextContent);
        Assert.Equal("ja", inEnglish.QuerySelector("#summary-heading + div")!.GetAttribute("lang"));
        Assert.Equal("日本語の概要だけです。", inEnglish.QuerySelector("#summary-heading + div")!.TextContent.Trim());
        Assert.NotNull(inEnglish.QuerySelector("#summary-heading .original-language"));
        Assert.NotNull(inEnglish.QuerySelector("#watch-heading .original-language"));
        Assert.Equal("日本語の項目", (await client.GetDocumentAsync("/items/japanese-only?culture=ja")).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("課徴金", "profit-based-penalties")]
    [InlineData("高影響", "high-impact-frontier-models")]
    [InlineData("profits gained", "profit-based-penalties")]
    public async Task Search_FindsAnItem_ByEitherLanguagesWords(string query, string slug)
    {
        await using var app = new JapanAiGovFactory();

        foreach (var culture in new[] { "ja", "en" })
        {
            var document = await app.CreateClient().GetDocumentAsync($"/?culture={culture}&q={Uri.EscapeDataString(query)}");
            var links = document.QuerySelectorAll("table.items tbody a[href^='/items/']").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("/items/" + slug, links);
        }
    }

    [Fact]
    public async Task Editor_WritesBothLanguagesSideBySide_AndSearchFindsTheNewJapanese()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync();

        var form = await editor.GetDocumentAsync("/admin/items/pipa-amendment-ai-training/edit");
        Assert.Equal("ja", form.QuerySelector("textarea[name='Input.SummaryJa']")!.GetAttribute("lang"));
        using var response = await editor.PostFormAsync("/admin/items/pipa-amendment-ai-training/edit", new()
        {
            ["Input.TitleJa"] = "個人情報保護法改正（更新）",
            ["Input.SummaryJa"] = "新しい概要。匿名加工情報の扱いも変わります。",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training"));
        Assert.Equal("個人情報保護法改正（更新）", saved.TitleJa);
        Assert.Equal("新しい概要。匿名加工情報の扱いも変わります。", saved.SummaryJa);
        var found = await app.CreateClient().GetDocumentAsync("/?culture=ja&q=" + Uri.EscapeDataString("匿名加工情報"));
        Assert.Equal("個人情報保護法改正（更新）", found.QuerySelector("table.items tbody a")!.TextContent);
    }

    [Fact]
    public async Task Api_ReturnsBothLanguagesOfEachText()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items"));
        var penalties = list.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "profit-based-penalties");
        Assert.Equal("Penalties calibrated to profits gained from intentional violations", penalties.GetProperty("title").GetString());
        Assert.Equal("故意の違反で得た利益に応じた課徴金", penalties.GetProperty("titleJa").GetString());

        using var details = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items/profit-based-penalties"));
        Assert.Contains("Yomiuri Shimbun", details.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("読売新聞", details.RootElement.GetProperty("summaryJa").GetString(), StringComparison.Ordinal);
        Assert.Contains("算定", details.RootElement.GetProperty("whatToWatchJa").GetString(), StringComparison.Ordinal);

        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"titleJa\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"summaryJa\"", openApi, StringComparison.Ordinal);
    }
}
