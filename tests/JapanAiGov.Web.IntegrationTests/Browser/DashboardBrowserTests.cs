using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class DashboardBrowserTests
{
    [BrowserFact]
    public async Task Dashboard_FollowPipaItem_ShowsStatusBadgeAndTimeline()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        await page.GotoAsync("/");
        Assert.Equal(4, await page.Locator("table.items tbody tr").CountAsync());
        await page.Locator("table.items").GetByRole(AriaRole.Link, new() { Name = "PIPA amendment: AI training on personal data without opt-in" }).ClickAsync();

        await page.WaitForURLAsync("**/items/pipa-amendment-ai-training", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("Reported", (await page.Locator(".item-status .badge").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator(".timeline-entry").CountAsync());
        Assert.Contains("Tracking started as", await page.Locator(".timeline-entry").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Dashboard_ChangesSinceTheLastVisit_AreMarkedNewForTheWholeVisit()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        // A first visit: nothing is new to a reader who has seen nothing.
        await page.GotoAsync("/?culture=ja");
        Assert.Equal(0, await page.Locator(".is-new").CountAsync());
        Assert.False(await page.Locator(".new-since").IsVisibleAsync());

        // The reader's last page view was before the seeded changes (2026-11-24 00:30 UTC), long enough ago to end that visit.
        await page.EvaluateAsync("() => localStorage.setItem('japanaigov.visitAt', '2026-11-20T00:00:00.000Z')");
        await page.ReloadAsync();
        var marked = await page.Locator("table.items tbody tr.is-new").CountAsync();
        Assert.Equal(4, marked);
        Assert.True(await page.Locator(".recent-changes .is-new .new-badge").First.IsVisibleAsync());
        Assert.Equal("新着", (await page.Locator(".recent-changes .is-new .new-badge").First.InnerTextAsync()).Trim());
        Assert.True(await page.Locator(".new-since").IsVisibleAsync());

        // Still the same visit: the marks stay.
        await page.ReloadAsync();
        Assert.Equal(4, await page.Locator("table.items tbody tr.is-new").CountAsync());

        // Seen after the changes: nothing is new.
        await page.EvaluateAsync("() => localStorage.setItem('japanaigov.seenAt', '2026-11-25T00:00:00.000Z')");
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator(".is-new").CountAsync());
        Assert.False(await page.Locator(".recent-changes .new-badge").First.IsVisibleAsync());
    }
}
