using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class ChangeFeedTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ChangesFeed_ParsesAsAtomWithStatusChangesAndLinkedLegislativeUpdatesNewestFirst()
    {
        await using var app = new JapanAiGovFactory();
        var confirmed = await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, Day.AddHours(2), new DateOnly(2027, 4, 1));
        var update = await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), Day.AddHours(1));
        await app.AddLegislativeUpdateAsync("999AC0000000001", "関係のない法律", itemSlug: null, "20270101", new DateOnly(2026, 12, 2), null, Day.AddHours(3));

        using var response = await app.CreateClient().GetAsync("/feeds/changes.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = await ReadFeedAsync(response);

        Assert.Equal("tag:japanaigov,2026:changes", feed.Id);
        Assert.Equal(new Uri("http://localhost/feeds/changes.atom"), feed.Links.Single(l => l.RelationshipType == "self").Uri);
        var ids = feed.Items.Select(i => i.Id).ToList();
        Assert.Equal($"tag:japanaigov,2026:status-change/{confirmed}", ids[0]);
        Assert.Equal($"tag:japanaigov,2026:legislative-update/{update}", ids[1]);
        // With the seed's four first statuses and four first action levels.
        Assert.Equal(10, ids.Count);
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderByDescending(t => t), feed.Items.Select(i => i.LastUpdatedTime));
        Assert.DoesNotContain(feed.Items, i => i.Title.Text.Contains("関係のない法律", StringComparison.Ordinal));

        var first = feed.Items.First();
        Assert.Equal("PIPA amendment: AI training on personal data without opt-in: Reported → Confirmed", first.Title.Text);
        Assert.Equal(new Uri("http://localhost/items/pipa-amendment-ai-training"), first.Links.Single(l => l.RelationshipType == "alternate").Uri);
        var content = Assert.IsType<TextSyndicationContent>(first.Content).Text;
        Assert.Contains("Effective: 2027-04-01", content, StringComparison.Ordinal);
        Assert.Contains(AnalystData.OfficialEvidence, content, StringComparison.Ordinal);
        var legislative = feed.Items.ElementAt(1);
        Assert.Contains("個人情報の保護に関する法律", legislative.Title.Text, StringComparison.Ordinal);
        Assert.Equal(Day.AddHours(2), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task ChangesFeed_RequestedTwiceAndAfterNewChange_KeepsEntryIds()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        var before = (await ReadFeedAsync(await client.GetAsync("/feeds/changes.atom"))).Items.Select(i => i.Id).ToList();
        var again = (await ReadFeedAsync(await client.GetAsync("/feeds/changes.atom"))).Items.Select(i => i.Id).ToList();
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, Day.AddDays(1));
        var after = (await ReadFeedAsync(await client.GetAsync("/feeds/changes.atom"))).Items.Select(i => i.Id).ToList();

        Assert.Equal(before, again);
        Assert.Equal(before, after.Skip(1));
        Assert.Equal(before.Count, before.Distinct().Count());
    }

    [Fact]
    public async Task ChangesFeed_WithMatchingETag_Answers304()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var first = await client.GetAsync("/feeds/changes.atom");
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/feeds/changes.atom");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, Day.AddDays(1));
        using var changed = new HttpRequestMessage(HttpMethod.Get, "/feeds/changes.atom");
        changed.Headers.IfNoneMatch.Add(etag);
        using var fresh = await client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
    }

    [Fact]
    public async Task ItemFeed_HoldsOnlyThatItemsChanges()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, Day.AddHours(1));
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.PendingMetiAnnex, Day.AddHours(2));
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", null, null, Day.AddHours(3));

        var feed = await ReadFeedAsync(await app.CreateClient().GetAsync("/items/pipa-amendment-ai-training/feed.atom"));

        Assert.Equal(4, feed.Items.Count()); // with the seed's first action level
        Assert.All(feed.Items, i => Assert.Equal(new Uri("http://localhost/items/pipa-amendment-ai-training"), i.Links.Single().Uri));
        Assert.StartsWith("tag:japanaigov,2026:legislative-update/", feed.Items.First().Id, StringComparison.Ordinal);
        Assert.StartsWith("tag:japanaigov,2026:item/", feed.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemFeed_UnknownSlug_Is404()
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync("/items/no-such-item/feed.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/", "/feeds/changes.atom")]
    [InlineData("/changes", "/feeds/changes.atom")]
    [InlineData("/items/pipa-amendment-ai-training", "/items/pipa-amendment-ai-training/feed.atom")]
    public async Task Pages_AdvertiseFeedsInTheirHead(string page, string feed)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync(page);

        Assert.Contains(
            document.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"),
            link => link.GetAttribute("href") == feed);
    }

    [Fact]
    public async Task ChangesPage_ListsNewestFirstAndPagesToOlderChanges()
    {
        await using var app = new JapanAiGovFactory();
        for (var i = 1; i <= 55; i++)
        {
            await app.ChangeStatusAsync("profit-based-penalties", i % 2 == 1 ? ItemStatus.PendingMetiAnnex : ItemStatus.Reported, Day.AddMinutes(i));
        }

        var client = app.CreateClient();
        var first = await client.GetDocumentAsync("/changes");
        var entries = first.QuerySelectorAll(".change-entry");
        Assert.Equal(50, entries.Length);
        Assert.Equal(Day.AddMinutes(55), DateTimeOffset.Parse(entries[0].QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture));

        var older = first.QuerySelector(".pager a[href^='/changes?cursor=']")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(older);
        var rest = second.QuerySelectorAll(".change-entry").Select(e => e.Id).ToList();
        Assert.Equal(13, rest.Count); // 55 + 4 seeded statuses + 4 seeded action levels - 50
        Assert.Empty(entries.Select(e => e.Id).Intersect(rest));
        Assert.Null(second.QuerySelector(".pager a[href^='/changes?cursor=']"));

        var bad = await client.GetDocumentAsync("/changes?cursor=not-a-cursor");
        Assert.Contains("not valid", bad.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<SyndicationFeed> ReadFeedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = true });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "The response is not an Atom 1.0 feed.");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
