using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class LanguageBrowserTests
{
    [BrowserFact]
    public async Task Switcher_ChangesTheLanguage_AndTheChoiceStaysAcrossPages()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        await page.GotoAsync("/?status=Reported");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Reported", (await page.Locator("table.items .badge").First.InnerTextAsync()).Trim());

        await page.Locator(".language-switcher").GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await page.WaitForURLAsync("**/?status=Reported&culture=ja", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("報道段階", (await page.Locator("table.items .badge").First.InnerTextAsync()).Trim());
        Assert.Equal(2, await page.Locator("table.items tbody tr").CountAsync());

        // The cookie keeps Japanese on pages reached by ordinary links.
        await page.GetByRole(AriaRole.Link, new() { Name = "変更履歴" }).ClickAsync();
        await page.WaitForURLAsync("**/changes", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("変更履歴", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("JST", await page.Locator(".change-meta time").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator(".language-switcher").GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/changes?culture=en", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("Changes", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GotoAsync("/");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
