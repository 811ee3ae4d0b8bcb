using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class EditorBrowserTests
{
    [BrowserFact]
    public async Task Editor_LogsInAndConfirmsPipa_DashboardShowsIt()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor, "Ed Itor");
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        await page.GotoAsync("/admin/items/pipa-amendment-ai-training/status");
        await page.WaitForURLAsync("**/account/login**", BrowserSession.UntilTheDocumentIsParsed);
        await page.GetByLabel("Email").FillAsync("ed@example.org");
        await page.GetByLabel("Password").FillAsync(JapanAiGovFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/items/pipa-amendment-ai-training/status", BrowserSession.UntilTheDocumentIsParsed);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Confirmed Official text" }).CheckAsync();
        await page.GetByLabel("Reason (required").FillAsync("The amendment was promulgated and its text is on e-Gov.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Evidence link" }).FillAsync("https://laws.e-gov.go.jp/law/415AC0000000057");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();

        await page.WaitForURLAsync("**/items/pipa-amendment-ai-training", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("Confirmed", (await page.Locator(".item-status .badge").InnerTextAsync()).Trim());
        Assert.Contains("Ed Itor", await page.Locator(".timeline-entry").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/?status=Confirmed");
        Assert.Equal(2, await page.Locator("table.items tbody tr").CountAsync());
        Assert.Contains("PIPA amendment", await page.Locator("table.items").InnerTextAsync(), StringComparison.Ordinal);
    }
}
