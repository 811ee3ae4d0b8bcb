using System.ServiceModel.Syndication;
using System.Xml;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Localization;

/// <summary>A Japanese reader's links stay Japanese: feeds, CSV, calendar and API links, and the feed's own rel="self" (issue 25 §10).</summary>
public sealed class ReaderLanguageLinksTests
{
    [Fact]
    public async Task JapanesePages_LinkToTheJapaneseOutputs_EnglishPagesToTheDefault()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateBrowserLikeClient();

        var dashboard = await client.GetDocumentAsync("/?culture=ja");
        Assert.Equal("/feeds/changes.atom?culture=ja", dashboard.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("/calendar.ics?culture=ja", dashboard.QuerySelector("link[type='text/calendar']")!.GetAttribute("href"));
        Assert.EndsWith("culture=ja", dashboard.QuerySelector("link[type='text/csv']")!.GetAttribute("href"), StringComparison.Ordinal);

        // The cookie keeps the language on the next pages, and their links with it.
        var item = await client.GetDocumentAsync("/items/" + AlertTestExtensions.PipaSlug);
        Assert.Equal($"/api/v1/items/{AlertTestExtensions.PipaSlug}?culture=ja", item.QuerySelector("link[type='application/json']")!.GetAttribute("href"));
        Assert.Equal($"/items/{AlertTestExtensions.PipaSlug}/feed.atom?culture=ja", item.QuerySelector("link[title][type='application/atom+xml']")!.GetAttribute("href"));
        var changes = await client.GetDocumentAsync("/changes");
        Assert.Contains(changes.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/v1/changes?culture=ja");

        var english = await client.GetDocumentAsync("/?culture=en");
        Assert.Equal("/feeds/changes.atom", english.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task JapaneseFeed_NamesItselfWithItsLanguage()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });

        using var stream = await app.CreateClient().GetStreamAsync("/feeds/changes.atom?culture=ja");
        var feed = SyndicationFeed.Load(XmlReader.Create(stream));

        Assert.Equal(new Uri("http://localhost/feeds/changes.atom?culture=ja"), feed.Links.Single(l => l.RelationshipType == "self").Uri);
        Assert.Equal(new Uri("http://localhost/changes?culture=ja"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/changes")]
    [InlineData("/api")]
    public async Task Pages_WhoseLanguageFollowsTheCookieOrAcceptLanguage_SayVary(string path)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja-JP");

        using var response = await client.GetAsync(path);

        var vary = string.Join(",", response.Headers.Vary);
        Assert.Contains("Accept-Language", vary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cookie", vary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lang=\"ja\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JapaneseCsv_GivesInstantsInJapanTime_WithTheirOffset()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateClient();

        var japanese = await client.GetStringAsync("/export.csv?culture=ja");
        var english = await client.GetStringAsync("/export.csv");

        Assert.Matches(@",\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00,", japanese);
        Assert.DoesNotMatch(@"T\d{2}:\d{2}:\d{2}Z,", japanese);
        Assert.Matches(@",\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z,", english);
    }
}
