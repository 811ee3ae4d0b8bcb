using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using JapanAiGov.Web.IntegrationTests.PublicComments;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>The README's screenshots: the dashboard in both languages and the editors' inbox in Japanese.</summary>
public sealed class ScreenshotBrowserTests
{
    [ScreenshotFact]
    public async Task ReadmeScreenshots_DashboardAndJapaneseInbox()
    {
        var folder = Path.GetFullPath(Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!);
        Directory.CreateDirectory(folder);
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var comments = await FakePublicCommentServer.StartAsync();
        var settings = new Dictionary<string, string?>(egov.Settings());
        foreach (var (key, value) in comments.Settings())
        {
            settings[key] = value;
        }

        await using var app = new JapanAiGovFactory(settings);
        app.StartKestrel();
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();
        comments.SetConsultations(PublicCommentFeeds.Feed(PublicCommentFeeds.MetiHighImpact));
        await app.WatchPublicCommentsAsync();
        await app.CreateAccountAsync("editor@example.org", Roles.Editor, "編集部");

        // The dashboard at a glance has something to show: a recent change and an open consultation.
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, JapanAiGov.Web.Items.ItemStatus.Confirmed, "改正法は2026年7月に公布されました。", AlertTestExtensions.OfficialEvidence);
        await app.WithDbAsync(async db =>
        {
            foreach (var match in db.PublicCommentMatches)
            {
                match.State = JapanAiGov.Web.PublicComments.PublicCommentMatchState.Confirmed;
            }

            await db.SaveChangesAsync();
        });
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 900);

        foreach (var (culture, file) in new[] { ("en", "dashboard.png"), ("ja", "dashboard-ja.png") })
        {
            await page.GotoAsync($"/?culture={culture}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.Locator("table.items tbody tr").First.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file) });
        }

        await page.GotoAsync("/account/login?culture=ja&returnUrl=%2Fadmin%2Flegislation");
        await page.FillAsync("#Input_Email", "editor@example.org");
        await page.FillAsync("#Input_Password", JapanAiGovFactory.Password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/legislation", BrowserSession.UntilTheDocumentIsParsed);
        await page.Locator(".update-card").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "inbox-ja.png") });

        Assert.All(new[] { "dashboard.png", "dashboard-ja.png", "inbox-ja.png" }, file => Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 10_000, file));
    }
}
