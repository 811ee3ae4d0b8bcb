using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.PublicComments;
using Microsoft.Playwright;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.Browser;

public sealed class PublicCommentBrowserTests
{
    [BrowserFact]
    public async Task Inbox_EditorConfirmsTheMetiConsultation_AndThePublicItemPageShowsIt()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact, Unrelated));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());
        app.StartKestrel();
        await app.WatchPublicCommentsAsync();
        await app.CreateAccountAsync("editor@example.org", Roles.Editor, "Ed");
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
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

        var card = page.Locator(".public-comment-card");
        Assert.Equal(1, await card.CountAsync());
        Assert.Contains("2026-12-25 00:00 JST", await card.Locator(".pc-deadline").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("\"High-impact\" tier for frontier models", await card.Locator(".pc-item").InnerTextAsync());

        await card.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("高影響AIモデル") }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/legislation/public-comments/{MetiHighImpactId}", BrowserSession.UntilTheDocumentIsParsed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm it belongs to this item" }).ClickAsync();
        await page.WaitForURLAsync("**done=confirmed", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Contains("Confirmed by Ed", await page.Locator(".pc-match").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "\"High-impact\" tier for frontier models" }).First.ClickAsync();
        await page.WaitForURLAsync("**/items/high-impact-frontier-models", BrowserSession.UntilTheDocumentIsParsed);
        var shown = page.Locator("li.public-comment");
        Assert.Equal(1, await shown.CountAsync());
        var text = await shown.InnerTextAsync();
        Assert.Contains("高影響AIモデルの判断基準に関する技術的附属書", text, StringComparison.Ordinal);
        Assert.Contains("経済産業省商務情報政策局情報経済課", text, StringComparison.Ordinal);
        Assert.Contains("open for comment until 2026-12-25 00:00 JST", text, StringComparison.Ordinal);
        Assert.StartsWith("https://public-comment.e-gov.go.jp/", await shown.Locator("a.pc-title").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Empty(consoleErrors);
    }
}
