using System.Net;
using System.Text.Json;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentChangeLogTests
{
    [Fact]
    public async Task ConfirmedConsultation_IsListedOnChangesTheAtomFeedsAndTheApi_AndPagingAtOneInstantMissesNothing()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact, PipaLowRisk));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WatchPublicCommentsAsync();
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        // The fake clock stands still: the status change and the confirmation share one instant with the seed.
        await editor.PostFormAsync($"/admin/legislation/public-comments/{MetiHighImpactId}", [], "form[action*='handler=confirm']");
        var status = await editor.PostFormAsync("/admin/items/high-impact-frontier-models/status", new()
        {
            ["Input.NewStatus"] = "Reported",
            ["Input.Reason"] = "METI opened a public comment on the annex; the tier is described in its draft.",
        });
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        var anonymous = app.CreateClient();

        var changes = await anonymous.GetDocumentAsync("/changes");
        var entry = Assert.Single(changes.QuerySelectorAll("li.change-public-comment"));
        Assert.Contains("高影響AIモデルの判断基準", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("comments until 2026-12-25 00:00 JST", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal($"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={MetiHighImpactId}&Mode=0", entry.QuerySelector("a[rel=noopener]")!.GetAttribute("href"));

        foreach (var feedUrl in new[] { "/feeds/changes.atom", "/items/high-impact-frontier-models/feed.atom" })
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(await anonymous.GetStringAsync(feedUrl)));
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            var item = Assert.Single(feed.Items, i => i.Categories.Any(c => c.Name == "public-comment"));
            Assert.StartsWith("tag:japanaigov,2026:public-comment/", item.Id, StringComparison.Ordinal);
            Assert.Contains("高影響AIモデル", item.Title.Text, StringComparison.Ordinal);
        }

        var pipaFeed = await anonymous.GetStringAsync("/items/pipa-amendment-ai-training/feed.atom");
        Assert.DoesNotContain("public-comment", pipaFeed, StringComparison.Ordinal);

        // Page through the whole log one entry at a time: every entry exactly once, in order.
        var all = await ReadAllAsync(anonymous, "/api/v1/changes?limit=200");
        var paged = new List<JsonElement>();
        string? cursor = null;
        do
        {
            using var page = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/changes?limit=1" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))));
            paged.AddRange(page.RootElement.GetProperty("changes").EnumerateArray().Select(e => e.Clone()));
            cursor = page.RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        Assert.Equal(all.Select(e => e.GetProperty("id").GetString()), paged.Select(e => e.GetProperty("id").GetString()));
        var publicComment = Assert.Single(all, e => e.GetProperty("kind").ToString() is "PublicComment" or "2");
        Assert.Equal(MetiHighImpactId, publicComment.GetProperty("caseId").GetString());
        Assert.Equal("2026-12-24T15:00:00+00:00", publicComment.GetProperty("commentDeadline").GetString());
        Assert.Equal(10, all.Count); // with the seed's four first statuses and four first action levels
    }

    private static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string url)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(url));
        return document.RootElement.GetProperty("changes").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
