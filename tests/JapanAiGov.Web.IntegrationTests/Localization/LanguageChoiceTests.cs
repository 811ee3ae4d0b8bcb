using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData(null, "en", "Dashboard")]
    [InlineData("ja", "ja", "ダッシュボード")]
    [InlineData("ja-JP,ja;q=0.9,en;q=0.8", "ja", "ダッシュボード")]
    [InlineData("en-US,en;q=0.9", "en", "Dashboard")]
    [InlineData("fr-FR,de;q=0.8", "en", "Dashboard")]
    [InlineData("garbage;;q=x,,", "en", "Dashboard")]
    public async Task Page_WithoutAChoice_FollowsAcceptLanguageThenEnglish(string? acceptLanguage, string expectedLang, string expectedNav)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var document = await client.GetDocumentAsync("/");

        Assert.Equal(expectedLang, document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(document.QuerySelectorAll("header nav a"), a => a.TextContent.Trim() == expectedNav);
    }

    [Fact]
    public async Task CultureQuery_BeatsAcceptLanguage_AndIsRememberedInTheCultureCookie()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ja");

        Assert.Equal("ja", (await client.GetDocumentAsync("/changes")).DocumentElement.GetAttribute("lang"));

        using var choice = await client.GetAsync("/changes?culture=en");
        Assert.Contains(choice.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Equal("en", (await choice.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));

        // The choice stays for later pages although the browser still asks for Japanese.
        var later = await client.GetDocumentAsync("/");
        Assert.Equal("en", later.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Reported", later.QuerySelector("table.items .badge.status-reported")?.TextContent.Trim());

        var back = await client.GetDocumentAsync("/?culture=ja");
        Assert.Equal("ja", back.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", (await client.GetDocumentAsync("/calendar")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task UnsupportedCultureQuery_IsIgnored_AndSetsNoCookie()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/?culture=%3Cscript%3E");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Equal("en", (await response.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Switcher_OnEveryPage_LinksToTheSamePageAndQueryInTheOtherLanguage()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        foreach (var url in new[] { "/", "/changes", "/calendar", "/alerts/subscribe", "/items/ai-promotion-act", "/account/login", "/no-such-page" })
        {
            using var response = await client.GetAsync(url);
            var document = await response.ReadDocumentAsync();
            var links = document.QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(links.Count == 2, $"{url} has no language switcher");
            Assert.Contains(links, href => href!.EndsWith("culture=ja", StringComparison.Ordinal));
        }

        var filtered = await client.GetDocumentAsync("/?status=Reported&q=%E5%80%8B%E4%BA%BA&culture=en");
        var japanese = filtered.QuerySelector(".language-switcher a[hreflang=ja]")!.GetAttribute("href");
        Assert.Equal("/?status=Reported&q=%E5%80%8B%E4%BA%BA&culture=ja", japanese);
    }

    [Fact]
    public async Task StatusBadges_InJapanese_UseTheGlossaryLabelsAndKeepTheirColours()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var english = await client.GetDocumentAsync("/?culture=en");
        var japanese = await client.GetDocumentAsync("/?culture=ja");

        string Badge(IDocument document, string cssClass) => document.QuerySelector($"table.items .badge.{cssClass}")!.TextContent.Trim();
        Assert.Equal("報道段階", Badge(japanese, "status-reported"));
        Assert.Equal("確認済み", Badge(japanese, "status-confirmed"));
        Assert.Equal("経産省附属書待ち", Badge(japanese, "status-pending"));
        Assert.Equal("Reported", Badge(english, "status-reported"));
        Assert.Equal(
            english.QuerySelectorAll("table.items .badge").Select(b => b.ClassName),
            japanese.QuerySelectorAll("table.items .badge").Select(b => b.ClassName));
    }
}
