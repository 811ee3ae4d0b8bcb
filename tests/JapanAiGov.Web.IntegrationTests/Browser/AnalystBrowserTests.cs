using System.Text;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class AnalystBrowserTests
{
    [BrowserFact]
    public async Task Dashboard_SearchJapaneseThenDownloadCsv_FindsPipaAndKeepsJapanese()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // Any CSP violation or failed asset shows up here; the browser's own favicon probe is not ours to serve.
            if (message.Type == "error" && !message.Location.Contains("favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text + " " + message.Location);
            }
        };

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("個人情報");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await page.WaitForURLAsync("**/?q=*", BrowserSession.UntilTheDocumentIsParsed);
        // The PIPA item, and the penalties item whose Japanese text names the 個人情報保護法 amendment.
        Assert.Equal(2, await page.Locator("table.items tbody tr").CountAsync());
        Assert.Equal("個人情報", await page.Locator("table.items tbody tr mark").First.InnerTextAsync());
        Assert.Contains("2 of 4 items match", await page.Locator(".result-count").InnerTextAsync(), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this view as CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("pipa-amendment-ai-training,PIPA amendment", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        await page.GotoAsync("/calendar");
        await page.GotoAsync("/changes");
        await page.GotoAsync("/api");
        Assert.Equal(3, await page.Locator(".api-operation").CountAsync());
        Assert.Empty(consoleErrors);
    }

    [BrowserFact]
    public async Task Dashboard_PickAPastDay_ShowsThePastViewLabel()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await app.AddItemAsync("older-item", "An older item", new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.Locator("input[name=asof]").FillAsync("2026-09-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await page.WaitForURLAsync("**asof=2026-09-01*", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Contains("Past view", await page.Locator(".past-view").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("table.items tbody tr").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to today" }).ClickAsync();
        Assert.Equal(5, await page.Locator("table.items tbody tr").CountAsync());
    }
}
