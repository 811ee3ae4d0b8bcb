using System.Xml.Linq;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed class MachineOutputLanguageTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ChangesFeed_FollowsOnlyTheCultureQuery()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, app.Time.GetUtcNow());
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ja");
        await client.GetAsync("/?culture=ja"); // a culture cookie for pages

        var plain = await client.GetStringAsync("/feeds/changes.atom");
        var english = await client.GetStringAsync("/feeds/changes.atom?culture=en");
        var japanese = XDocument.Parse(await client.GetStringAsync("/feeds/changes.atom?culture=ja"));

        // Neither the browser's language nor the page cookie changes a feed: the same URL is the same document.
        Assert.Equal(english, plain);
        Assert.Equal("JapanAiGov: changes", XDocument.Parse(plain).Root!.Element(Atom + "title")!.Value);
        Assert.Equal("JapanAiGov: 変更履歴", japanese.Root!.Element(Atom + "title")!.Value);
        var headline = japanese.Root.Elements(Atom + "entry").First().Element(Atom + "title")!.Value;
        Assert.Contains("報道段階 → 経産省附属書待ち", headline, StringComparison.Ordinal);
        Assert.Contains("ステータスが報道段階から経産省附属書待ちに変わりました。", japanese.Root.Elements(Atom + "entry").First().Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_InJapanese_NamesTheCalendarAndEventsInJapanese()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270101", new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 1), app.Time.GetUtcNow());
        var client = app.CreateClient();

        var japanese = await client.GetStringAsync("/calendar.ics?culture=ja");
        var english = await client.GetStringAsync("/calendar.ics");

        Assert.Contains("X-WR-CALNAME:JapanAiGov: 日本のAIガバナンスの日付", japanese, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:施行: 個人情報の保護に関する法律", japanese, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:JapanAiGov: Japan AI governance dates", english, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:施行 In force: 個人情報の保護に関する法律", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_LinkToTheFeedsInBothLanguages()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var changes = await client.GetDocumentAsync("/changes");
        Assert.NotNull(changes.QuerySelector("a[href='/feeds/changes.atom?culture=ja'][hreflang=ja]"));
        Assert.NotNull(changes.QuerySelector("a[href='/feeds/changes.atom?culture=en'][hreflang=en]"));
        var item = await client.GetDocumentAsync("/items/ai-promotion-act");
        Assert.NotNull(item.QuerySelector("a[href='/items/ai-promotion-act/feed.atom?culture=ja']"));
        var calendar = await client.GetDocumentAsync("/calendar");
        Assert.NotNull(calendar.QuerySelector("a[href='/calendar.ics?culture=ja']"));
    }
}
