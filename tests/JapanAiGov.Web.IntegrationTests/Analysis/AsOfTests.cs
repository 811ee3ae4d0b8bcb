using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class AsOfTests
{
    [Theory]
    [InlineData("2026-07-31", null, null)]
    [InlineData("2026-08-01", "Reported", "2026-08-01")]
    [InlineData("2026-08-31", "Reported", "2026-08-01")]
    [InlineData("2026-09-01", "Pending METI annex", "2026-09-01")]
    [InlineData("2026-10-14", "Pending METI annex", "2026-09-01")]
    [InlineData("2026-10-15", "Confirmed", "2026-10-15")]
    [InlineData("2026-10-20", "Reported", "2026-10-20")]
    [InlineData("2026-11-23", "Reported", "2026-10-20")]
    public async Task Dashboard_AsOf_RebuildsEachItemsStatusFromHistory(string asOf, string? expectedStatus, string? expectedSince)
    {
        await using var app = new JapanAiGovFactory();
        await CreateHistoryAsync(app);

        var document = await app.CreateClient().GetDocumentAsync("/?asof=" + asOf);

        var rows = document.QuerySelectorAll("table.items tbody tr");
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("PIPA amendment", StringComparison.Ordinal));
        if (expectedStatus is null)
        {
            Assert.Empty(rows);
            return;
        }

        var row = Assert.Single(rows);
        Assert.Equal(expectedStatus, row.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal(expectedSince, row.QuerySelector("time")!.TextContent);
        Assert.Contains($"end of {asOf}", document.QuerySelector(".past-view")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(asOf, document.QuerySelector("input[name=asof]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Dashboard_AsOf_CountsAndStatusFilterUseThePastStatuses()
    {
        await using var app = new JapanAiGovFactory();
        await CreateHistoryAsync(app);
        var client = app.CreateClient();

        var counts = (await client.GetDocumentAsync("/?asof=2026-09-15")).QuerySelectorAll(".count-card")
            .ToDictionary(c => c.QuerySelector(".count-label")!.TextContent.Trim(), c => c.QuerySelector(".count-number")!.TextContent.Trim());
        Assert.Equal("1", counts["All items"]);
        Assert.Equal("1", counts["Pending METI annex"]);
        Assert.Equal("0", counts["Reported"]);

        Assert.Single((await client.GetDocumentAsync("/?asof=2026-09-15&status=PendingMetiAnnex")).QuerySelectorAll("table.items tbody tr"));
        Assert.Empty((await client.GetDocumentAsync("/?asof=2026-09-15&status=Confirmed")).QuerySelectorAll("table.items tbody tr"));
        var today = await client.GetDocumentAsync("/?status=Confirmed");
        Assert.Contains("AI Promotion Act", Assert.Single(today.QuerySelectorAll("table.items tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Null(today.QuerySelector(".past-view"));
    }

    [Fact]
    public async Task Dashboard_AsOf_CardLinksKeepTheDayAndBackLinkDropsIt()
    {
        await using var app = new JapanAiGovFactory();
        await CreateHistoryAsync(app);

        var document = await app.CreateClient().GetDocumentAsync("/?asof=2026-09-15&q=history");

        Assert.Equal("/?asof=2026-09-15", document.QuerySelector(".count-card")!.GetAttribute("href"));
        Assert.Equal("/?q=history", document.QuerySelector(".past-view a")!.GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll("table.items tbody tr"));
    }

    [Theory]
    [InlineData("2026-02-30", "not a date")]
    [InlineData("01/09/2026", "not a date")]
    [InlineData("2026-11-24", "has not ended yet")]
    [InlineData("2030-01-01", "has not ended yet")]
    public async Task Dashboard_AsOfInvalidOrNotPast_ShowsTheCurrentViewWithANotice(string asOf, string notice)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?asof=" + Uri.EscapeDataString(asOf));

        Assert.Contains(notice, document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".past-view"));
        Assert.Equal(4, document.QuerySelectorAll("table.items tbody tr").Length);
    }

    /// <summary>
    /// An item tracked from 1 August as Reported, then Pending METI annex (1 Sep, 23:59), Confirmed (15 Oct), and
    /// back to Reported (20 Oct, with two changes at the same instant: the later entry wins).
    /// </summary>
    private static async Task CreateHistoryAsync(JapanAiGovFactory app)
    {
        await app.AddItemAsync("history-item", "An item with a history", new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero), summary: "Has a long history.");
        // 23:59 JST on 2026-09-01: the last minute of that day in Japan.
        await app.ChangeStatusAsync("history-item", ItemStatus.PendingMetiAnnex, new DateTimeOffset(2026, 9, 1, 14, 59, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync("history-item", ItemStatus.Confirmed, new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero));
        var tie = new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);
        await app.ChangeStatusAsync("history-item", ItemStatus.PendingMetiAnnex, tie);
        await app.ChangeStatusAsync("history-item", ItemStatus.Reported, tie);
    }
}
