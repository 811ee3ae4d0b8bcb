using System.Text;
using AngleSharp.Html.Dom;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Pages;

/// <summary>The dashboard at more items than one page holds: 4 seeded + 116 "bulk" items = 120.</summary>
public sealed class DashboardPagingTests
{
    private const string Filtered = "/?status=Reported&topic=bulk&q=bulk";

    [Fact]
    public async Task Dashboard_120Items_FirstPageShowsAPageAndLinksToTheNext()
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal(DashboardQuery.PageSize, Rows(document).Count);
        var nav = document.QuerySelector("nav.pagination")!;
        Assert.Equal("Pages of results", nav.GetAttribute("aria-label"));
        Assert.Equal("1", nav.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal("/?page=2", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(nav.QuerySelector("a[rel=prev]"));
        Assert.Equal(["1", "2", "3"], nav.QuerySelectorAll("a:not([rel])").Select(a => a.TextContent));
        Assert.Contains("120 of 120 items", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("showing 1–50", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_FilteredPages_KeepFiltersAndSearchAndCoverEveryMatchOnce()
    {
        await using var app = await CreateAsync();
        var client = app.CreateClient();

        var seen = new List<string>();
        var url = Filtered;
        var pages = 0;
        while (true)
        {
            var document = await client.GetDocumentAsync(url);
            pages++;
            seen.AddRange(Rows(document));
            Assert.Contains("116 of 120 items match “bulk”", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
            var counts = CountCards(document);
            Assert.Equal("120", counts["All items"]);
            Assert.Equal("118", counts["Reported"]);
            var next = document.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href");
            if (next is null)
            {
                Assert.Equal(16, Rows(document).Count);
                Assert.Equal("3", document.QuerySelector("nav.pagination a[aria-current=page]")!.TextContent);
                break;
            }

            var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), next).Query);
            Assert.Equal("Reported", query["status"]);
            Assert.Equal("bulk", query["topic"]);
            Assert.Equal("bulk", query["q"]);
            Assert.Equal((pages + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), query["page"]);
            url = next;
        }

        Assert.Equal(3, pages);
        Assert.Equal(116, seen.Count);
        Assert.Equal(116, seen.Distinct().Count());
        Assert.All(seen, slug => Assert.StartsWith("bulk-", slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_LastPage_LinksBackAndNotForward()
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync(Filtered + "&page=3");

        Assert.Equal(16, Rows(document).Count);
        Assert.Null(document.QuerySelector("nav.pagination a[rel=next]"));
        Assert.Equal("/?status=Reported&topic=bulk&q=bulk&page=2", document.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("showing 101–116", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".notice"));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("2147483647")]
    public async Task Dashboard_PageBeyondTheEnd_ShowsTheLastPageWithANotice(string page)
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync(Filtered + "&page=" + page);

        Assert.Equal(16, Rows(document).Count);
        Assert.Equal("3", document.QuerySelector("nav.pagination a[aria-current=page]")!.TextContent);
        Assert.Contains($"There is no page {page}; showing the last page, 3.", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("２")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Dashboard_GarbagePage_ShowsTheFirstPageWithANotice(string page)
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync(Filtered + "&page=" + Uri.EscapeDataString(page));

        Assert.Equal(DashboardQuery.PageSize, Rows(document).Count);
        Assert.Equal("1", document.QuerySelector("nav.pagination a[aria-current=page]")!.TextContent);
        Assert.Equal($"'{page}' is not a page number (1, 2, 3…); showing the first page.", document.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_PageWhenNothingMatches_ShowsNoPagesAndANotice()
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync("/?q=nothing-matches-this&page=2");

        Assert.Empty(Rows(document));
        Assert.Null(document.QuerySelector("nav.pagination"));
        Assert.Contains("There is no page 2; showing the last page, 1.", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_InJapanese_PagesAreLabelledInJapanese()
    {
        await using var app = await CreateAsync();
        var document = await app.CreateClient().GetDocumentAsync(Filtered + "&page=2&culture=ja");

        var nav = document.QuerySelector("nav.pagination")!;
        Assert.Equal("検索結果のページ", nav.GetAttribute("aria-label"));
        Assert.Equal("前へ", nav.QuerySelector("a[rel=prev]")!.TextContent);
        Assert.Equal("次へ", nav.QuerySelector("a[rel=next]")!.TextContent);
        Assert.Equal("2ページ目", nav.QuerySelector("a[aria-current=page]")!.GetAttribute("aria-label"));
        Assert.Contains("51〜100件目を表示", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_WithManyItems_HasEveryMatchingRowNotOnePage()
    {
        await using var app = await CreateAsync();
        var client = app.CreateClient();

        var all = await CsvLinesAsync(client, "/export.csv");
        var filtered = await CsvLinesAsync(client, "/export.csv?status=Reported&topic=bulk&q=bulk&page=2");

        Assert.Equal(121, all.Count);
        Assert.Equal(117, filtered.Count);
        Assert.Equal(116, filtered.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(s => s.StartsWith("bulk-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dashboard_CountsTakenFromTheGrouping_EqualTheDatabaseForEveryStatusAndTopicFilter()
    {
        // Without a search the match count is summed from the status-and-topic grouping instead of a COUNT query; it
        // must agree with the database for any filter, a Japanese topic, a topic that differs only in case and garbage.
        await using var app = await CreateAsync();
        var at = app.Time.GetUtcNow().AddDays(-2);
        await app.WithDbAsync(async db =>
        {
            foreach (var (slug, topic, status) in new[] { ("ja-1", "個人情報", ItemStatus.Confirmed), ("ja-2", "個人情報", ItemStatus.Reported), ("case-1", "Bulk", ItemStatus.Reported) })
            {
                db.Items.Add(new RegulatoryItem
                {
                    Slug = slug, Title = slug, Topic = topic, Summary = "s", WhatToWatch = "w", Status = status,
                    StatusChangedAt = at, CreatedAt = at, UpdatedAt = at,
                });
            }

            await db.SaveChangesAsync();
        });

        string?[] statuses = [null, "Reported", "Confirmed", "PendingMetiAnnex", "Reported,Confirmed", "nonsense"];
        string?[] topics = [null, "bulk", "Bulk", " bulk ", "個人情報", "privacy", "no-such-topic", "<script>"];
        foreach (var status in statuses)
        {
            foreach (var topic in topics)
            {
                await app.WithDbAsync(async db =>
                {
                    using var scope = app.Services.CreateScope();
                    var view = await scope.ServiceProvider.GetRequiredService<DashboardQuery>()
                        .RunAsync(new DashboardFilter(status, topic, null, null, null), CancellationToken.None);
                    var expected = db.Items.AsQueryable();
                    if (view.Statuses.Count > 0)
                    {
                        expected = expected.Where(i => view.Statuses.Contains(i.Status));
                    }

                    if (topic?.Trim() is { Length: > 0 } wanted)
                    {
                        expected = expected.Where(i => i.Topic == wanted);
                    }

                    Assert.True(await expected.CountAsync() == view.MatchCount, $"status={status} topic={topic}: {view.MatchCount}");
                    Assert.Equal(await db.Items.CountAsync(), view.TotalItems);
                });
            }
        }
    }

    private static async Task<JapanAiGovFactory> CreateAsync()
    {
        var app = new JapanAiGovFactory();
        var at = app.Time.GetUtcNow().AddDays(-3);
        await app.WithDbAsync(async db =>
        {
            // One instant for all: the page order falls back to title and id, and must still neither repeat nor skip.
            db.Items.AddRange(Enumerable.Range(1, 116).Select(i => new RegulatoryItem
            {
                Slug = $"bulk-{i:D3}",
                Title = $"Bulk item {i % 7}",
                Topic = "bulk",
                Summary = "Generated for paging tests.",
                WhatToWatch = "Nothing.",
                Status = ItemStatus.Reported,
                StatusChangedAt = at,
                CreatedAt = at,
                UpdatedAt = at,
                StatusChanges = [new StatusChange { ToStatus = ItemStatus.Reported, Reason = "Tracking started for a test.", ChangedBy = "Test editor", ChangedAt = at }],
            }));
            await db.SaveChangesAsync();
        });
        return app;
    }

    private static List<string> Rows(IHtmlDocument document) =>
        document.QuerySelectorAll("table.items tbody tr td:first-child a").Select(a => a.GetAttribute("href")!["/items/".Length..]).ToList();

    private static Dictionary<string, string> CountCards(IHtmlDocument document) =>
        document.QuerySelectorAll(".count-card").ToDictionary(c => c.QuerySelector(".count-label")!.TextContent.Trim(), c => c.QuerySelector(".count-number")!.TextContent.Trim());

    private static async Task<List<string>> CsvLinesAsync(HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(url);
        return new UTF8Encoding(false).GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
