using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed class JapanTimePagesTests
{
    [Fact]
    public async Task Pages_ShowAChangeAt2330Utc_OnTheNextJstDay_WithTheExactInstantInDatetime()
    {
        await using var app = new JapanAiGovFactory();
        var lateEvening = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);
        app.Time.SetUtcNow(lateEvening.AddHours(2));
        await app.AddItemAsync("boundary-item", "Boundary item", lateEvening.AddDays(-3));
        await app.ChangeStatusAsync("boundary-item", ItemStatus.PendingMetiAnnex, lateEvening);
        var client = app.CreateClient();

        var dashboardJa = await client.GetDocumentAsync("/?culture=ja&q=Boundary");
        var cell = dashboardJa.QuerySelector("table.items tbody tr time")!;
        Assert.Equal("2026年11月28日", cell.TextContent);
        Assert.Equal("2026-11-27T23:30:00.000Z", cell.GetAttribute("datetime"));

        var dashboardEn = await client.GetDocumentAsync("/?culture=en&q=Boundary");
        Assert.Equal("2026-11-28", dashboardEn.QuerySelector("table.items tbody tr time")!.TextContent);

        var itemJa = await client.GetDocumentAsync("/items/boundary-item?culture=ja");
        var latest = itemJa.QuerySelector(".timeline-entry time")!;
        Assert.Equal("2026年11月28日 08:30 JST", latest.TextContent);
        Assert.Equal("2026-11-27T23:30:00.000Z", latest.GetAttribute("datetime"));

        var changesEn = await client.GetDocumentAsync("/changes?culture=en");
        Assert.Contains(changesEn.QuerySelectorAll(".change-meta time"), t => t.TextContent == "2026-11-28 08:30 JST");
    }

    [Fact]
    public async Task EveryTimeElement_CarriesAValidMachineValue()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, app.Time.GetUtcNow().AddTicks(1234567));
        var client = app.CreateClient();

        foreach (var url in new[] { "/?culture=ja", "/changes?culture=ja", "/items/profit-based-penalties?culture=ja", "/calendar?culture=ja" })
        {
            var document = await client.GetDocumentAsync(url);
            foreach (var time in document.QuerySelectorAll("time"))
            {
                var value = time.GetAttribute("datetime")!;
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$", value);
            }
        }
    }
}
