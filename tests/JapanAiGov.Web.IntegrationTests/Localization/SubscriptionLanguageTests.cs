using System.Net;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed class SubscriptionLanguageTests
{
    [Theory]
    [InlineData("ja", "ja")]
    [InlineData("en", "en")]
    public async Task Subscribe_RemembersTheLanguageThePageWasIn(string culture, string expected)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateBrowserLikeClient();
        await client.GetAsync($"/?culture={culture}");

        using var response = await client.PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = $"reader-{culture}@example.org" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var language = await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Email == $"reader-{culture}@example.org").Select(s => s.Language).SingleAsync());
        Assert.Equal(expected, language);
    }

    [Fact]
    public async Task SubscribePage_InJapanese_ShowsJapaneseTextAndValidationMessages()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ja-JP");

        var page = await client.GetDocumentAsync("/alerts/subscribe");
        Assert.Equal("メール通知", page.QuerySelector("h1")!.TextContent);
        using var refused = await client.PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = "" });
        var errors = (await refused.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent;
        Assert.Equal("メールアドレスを入力してください。", errors.Trim());
        using var invalid = await client.PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = "not an address" });
        Assert.Contains("name@example.org のような形式", (await invalid.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagePage_ChangesTheEmailLanguage_AndSaysSoInTheReadersLanguage()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var (id, token) = await app.AddSubscriptionAsync("manage@example.org", JapanAiGov.Web.Alerts.SubscriptionScope.Item, itemSlug: "profit-based-penalties");
        var client = app.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync($"/alerts/unsubscribe/{token}?culture=ja");
        Assert.Equal("配信を停止", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("項目「故意の違反で得た利益に応じた課徴金」", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("input[name=language][value=en]")!.HasAttribute("checked"));

        using var saved = await client.PostFormAsync($"/alerts/unsubscribe/{token}", new() { ["language"] = "ja" }, "form.language-form");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var document = await saved.ReadDocumentAsync();
        Assert.Equal("保存しました。次のメールからこの言語でお送りします。", document.QuerySelector(".success")!.TextContent);
        Assert.True(document.QuerySelector("input[name=language][value=ja]")!.HasAttribute("checked"));
        var stored = await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => new { s.Language, s.UnsubscribedAt }).SingleAsync());
        Assert.Equal("ja", stored.Language);
        Assert.Null(stored.UnsubscribedAt);
    }
}
