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
        await page.GetByRole(AriaRole.Link, new() { Name = "PIPA amendment: AI training on personal data without opt-in" }).ClickAsync();

        await page.WaitForURLAsync("**/items/pipa-amendment-ai-training", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("Reported", (await page.Locator(".item-status .badge").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator(".timeline-entry").CountAsync());
        Assert.Contains("Tracking started as", await page.Locator(".timeline-entry").InnerTextAsync(), StringComparison.Ordinal);
    }
}
