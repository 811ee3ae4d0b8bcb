using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class LegislationBrowserTests
{
    [BrowserFact]
    public async Task Inbox_EditorReadsComparisonAndAcknowledges()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        app.StartKestrel();
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();
        await app.CreateAccountAsync("editor@example.org", Roles.Editor, "Ed");
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // CSP violations and script errors; the favicon the app does not have is not one.
            if (message.Type == "error" && !message.Location.Contains("favicon", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text + " " + message.Location);
            }
        };

        await page.GotoAsync("/account/login?returnUrl=%2Fadmin%2Flegislation");
        await page.FillAsync("#Input_Email", "editor@example.org");
        await page.FillAsync("#Input_Password", JapanAiGovFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/legislation", BrowserSession.UntilTheDocumentIsParsed);

        Assert.Equal(1, await page.Locator(".update-card").CountAsync());
        Assert.False(await page.Locator("table.shinkyu").IsVisibleAsync());
        await page.Locator(".comparison-details > summary").ClickAsync();
        Assert.True(await page.Locator("ins.diff-new", new() { HasText = "生体情報" }).IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "個人情報の保護に関する法律" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/legislation/*", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Contains("/admin/items/pipa-amendment-ai-training/status?status=Confirmed", await page.Locator("a.button-link").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge (no item change needed)" }).ClickAsync();
        await page.WaitForURLAsync("**done=acknowledged", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Contains("by Ed", await page.Locator(".update-card").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(consoleErrors);
    }
}
