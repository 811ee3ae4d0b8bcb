using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Api;

public sealed partial class ApiTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 30, 0, TimeSpan.Zero);

    /// <summary>Issue 26, point 9: the API's search read the full-text index on every page (125 ms vs 44 ms on SQLite).</summary>
    [Fact]
    public async Task Items_Search_PagedThrough_ReadsTheFullTextIndexOnce()
    {
        var lookups = new FullTextLookups();
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        await using var counted = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            Microsoft.Extensions.DependencyInjection.EntityFrameworkServiceCollectionExtensions.ConfigureDbContext<JapanAiGov.Web.Data.AppDbContext>(services, options => options.AddInterceptors(lookups))));
        var client = counted.CreateClient();

        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?q=data&limit=1"));
        var cursor = first.RootElement.GetProperty("nextCursor").GetString();
        using var second = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/items?q=data&limit=1&cursor={Uri.EscapeDataString(cursor!)}"));

        Assert.Equal(1, lookups.Count);
        Assert.NotEqual(
            first.RootElement.GetProperty("items")[0].GetProperty("slug").GetString(),
            second.RootElement.GetProperty("items")[0].GetProperty("slug").GetString());
    }

    private sealed class FullTextLookups : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains(" MATCH ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task Items_List_IsCamelCaseWithStringStatusesAndOffsetDates()
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync("/api/v1/items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("nextCursor").ValueKind);
        Assert.Equal(50, json.RootElement.GetProperty("limit").GetInt32());
        var pipa = items.Single(i => i.GetProperty("slug").GetString() == "pipa-amendment-ai-training");
        Assert.Equal("Reported", pipa.GetProperty("status").GetString());
        Assert.Equal("415AC0000000057", pipa.GetProperty("lawId").GetString());
        Assert.Matches(IsoWithOffset(), pipa.GetProperty("statusChangedAt").GetString()!);
        Assert.Equal("http://localhost/items/pipa-amendment-ai-training", pipa.GetProperty("url").GetString());
        Assert.Equal("PendingMetiAnnex", items.Single(i => i.GetProperty("slug").GetString() == "high-impact-frontier-models").GetProperty("status").GetString());
        Assert.All(items, i => Assert.All(i.EnumerateObject(), p => Assert.True(char.IsLower(p.Name[0]), p.Name)));
    }

    [Fact]
    public async Task Items_Details_HasSourcesAndHistoryNewestFirst()
    {
        await using var app = new JapanAiGovFactory();
        var change = await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, Day.AddHours(1), new DateOnly(2027, 4, 1));

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/items/pipa-amendment-ai-training"));
        var root = json.RootElement;

        Assert.Equal("Confirmed", root.GetProperty("status").GetString());
        Assert.Contains("個人情報の保護に関する法律", root.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, root.GetProperty("sources").GetArrayLength());
        Assert.Equal(["Press", "Press", "Official", "Analysis"], root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        var history = root.GetProperty("statusHistory");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal($"tag:japanaigov,2026:status-change/{change}", history[0].GetProperty("id").GetString());
        Assert.Equal("Reported", history[0].GetProperty("fromStatus").GetString());
        Assert.Equal("2027-04-01", history[0].GetProperty("effectiveOn").GetString());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("fromStatus").ValueKind);
        Assert.Equal("http://localhost/items/pipa-amendment-ai-training/feed.atom", root.GetProperty("feedUrl").GetString());
    }

    [Fact]
    public async Task Items_PagedByCursor_ReturnsEveryItemOnce()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        var slugs = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?limit=3" + (cursor is null ? string.Empty : "&cursor=" + cursor)));
            var items = json.RootElement.GetProperty("items");
            Assert.InRange(items.GetArrayLength(), 1, 3);
            slugs.AddRange(items.EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            cursor = json.RootElement.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(2, pages);
        Assert.Equal(4, slugs.Distinct().Count());
        Assert.Equal(4, slugs.Count);
    }

    [Theory]
    [InlineData("/api/v1/items?status=Confirmed", 1)]
    [InlineData("/api/v1/items?topic=privacy", 1)]
    [InlineData("/api/v1/items?q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1", 2)]
    [InlineData("/api/v1/items?q=yomiuri&status=reported", 2)]
    public async Task Items_Filters_MatchTheDashboard(string url, int expected)
    {
        await using var app = new JapanAiGovFactory();
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync(url));

        Assert.Equal(expected, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/items?limit=0", "limit")]
    [InlineData("/api/v1/items?limit=201", "limit")]
    [InlineData("/api/v1/items?limit=ten", "limit")]
    [InlineData("/api/v1/items?limit=-1", "limit")]
    [InlineData("/api/v1/items?cursor=garbage!", "cursor")]
    [InlineData("/api/v1/items?cursor=djE6aXRlbXM6YWJj", "cursor")]
    [InlineData("/api/v1/items?status=Rumoured", "status")]
    [InlineData("/api/v1/items?status=1", "status")]
    [InlineData("/api/v1/changes?limit=1000", "limit")]
    [InlineData("/api/v1/changes?cursor=abc", "cursor")]
    [InlineData("/api/v1/changes?since=yesterday", "since")]
    [InlineData("/api/v1/changes?since=2026-09-01T00:00:00", "since")]
    [InlineData("/api/v1/changes?since=2026-13-01", "since")]
    public async Task Api_BadParameter_Is400ProblemDetailsNamingIt(string url, string parameter)
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"errors has no '{parameter}'");
    }

    [Fact]
    public async Task Api_CursorFromAnotherList_IsRejected()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var changes = JsonDocument.Parse(await client.GetStringAsync("/api/v1/changes?limit=1"));
        var changesCursor = changes.RootElement.GetProperty("nextCursor").GetString();

        using var response = await client.GetAsync("/api/v1/items?cursor=" + changesCursor);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Items_UnknownSlug_Is404ProblemDetails()
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync("/api/v1/items/no-such-item");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-such-item", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/items")]
    [InlineData("/api/v1/items/ai-promotion-act")]
    [InlineData("/api/v1/changes?limit=2")]
    public async Task Api_IfNoneMatch_Answers304UntilTheDataChanges(string url)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        await app.ChangeStatusAsync("ai-promotion-act", ItemStatus.Reported, Day.AddHours(1));
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, url);
        afterChange.Headers.IfNoneMatch.Add(etag);
        using var fresh = await client.SendAsync(afterChange);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
    }

    [Fact]
    public async Task Changes_MixedKindsAtTheSameInstant_PageWithoutGapsOrRepeats()
    {
        await using var app = new JapanAiGovFactory();
        var at = Day.AddHours(5);
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.PendingMetiAnnex, at);
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, at);
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", null, null, at);
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20280401", null, null, at);
        await app.ChangeStatusAsync("ai-promotion-act", ItemStatus.Reported, at.AddMinutes(1));

        var client = app.CreateClient();
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/changes?limit=2" + (cursor is null ? string.Empty : "&cursor=" + cursor)));
            ids.AddRange(json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            cursor = json.RootElement.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/changes?limit=200"));
        var expected = all.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.Equal(13, expected.Count); // with the seed's four first statuses and four first action levels
        Assert.Equal(expected, ids);
        var kinds = all.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["StatusChange", "StatusChange", "StatusChange", "LegislativeUpdate", "LegislativeUpdate"], kinds.Take(5));
    }

    [Theory]
    [InlineData("2026-11-24T05:00:00Z", 2)]
    [InlineData("2026-11-24T14:00:00%2B09:00", 2)]
    [InlineData("2026-11-24T14:00:00+09:00", 2)]
    [InlineData("2026-11-24T05:00:00.001Z", 1)]
    [InlineData("2026-11-25", 0)]
    [InlineData("2026-11-24", 10)]
    public async Task Changes_Since_IsInclusiveAndHonoursOffsets(string since, int expected)
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.PendingMetiAnnex, Day.AddMinutes(270));
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), null, Day.AddHours(6));

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/changes?since=" + since));

        Assert.Equal(expected, json.RootElement.GetProperty("changes").GetArrayLength());
        if (expected == 2)
        {
            var update = json.RootElement.GetProperty("changes")[0];
            Assert.Equal("LegislativeUpdate", update.GetProperty("kind").GetString());
            Assert.Equal("2026-12-01", update.GetProperty("promulgationDate").GetString());
            Assert.Equal("415AC0000000057_20270401_000000000000000", update.GetProperty("lawRevisionId").GetString());
            Assert.Equal("pipa-amendment-ai-training", update.GetProperty("itemSlug").GetString());
            Assert.Matches(IsoWithOffset(), update.GetProperty("occurredAt").GetString()!);
        }
    }

    [Fact]
    public async Task OpenApi_DocumentsTheApiAndNothingElse()
    {
        await using var app = new JapanAiGovFactory();
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = json.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/api/v1/changes", "/api/v1/items", "/api/v1/items/{slug}"], paths);
        var list = root.GetProperty("paths").GetProperty("/api/v1/items").GetProperty("get");
        Assert.Equal("ListItems", list.GetProperty("operationId").GetString());
        var limit = list.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit");
        Assert.Equal("integer", limit.GetProperty("schema").GetProperty("type").GetString());
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(list.GetProperty("responses").TryGetProperty("304", out _));
        var item = root.GetProperty("components").GetProperty("schemas").GetProperty("ApiItem").GetProperty("properties");
        Assert.True(item.TryGetProperty("statusChangedAt", out var changedAt));
        Assert.Equal("date-time", changedAt.GetProperty("format").GetString());
        Assert.True(item.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task ReferencePage_RendersEveryOperationFromTheDocument()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/api");

        var operations = document.QuerySelectorAll(".api-operation h3 code").Select(c => c.TextContent).ToList();
        Assert.Equal(["/api/v1/items", "/api/v1/items/{slug}", "/api/v1/changes"], operations);
        Assert.NotNull(document.QuerySelector("a[href='/openapi/v1.json']"));
        Assert.NotNull(document.QuerySelector("#schema-ApiChange"));
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")]
    private static partial Regex IsoWithOffset();
}
