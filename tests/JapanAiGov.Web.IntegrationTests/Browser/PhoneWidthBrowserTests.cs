using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using JapanAiGov.Web.IntegrationTests.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>
/// On a phone (390 CSS px wide) no page scrolls sideways, in Japanese or English: the public pages and the editors'
/// inbox with a law revision and a public-comment case in it (issue 25 §5).
/// </summary>
public sealed class PhoneWidthBrowserTests
{
    private const int PhoneWidth = 390;

    private static readonly string[] PublicPages =
    [
        "/", "/changes", "/calendar", "/api", "/alerts/subscribe", "/alerts/subscribe?item=high-impact-frontier-models",
        "/items/high-impact-frontier-models", "/items/pipa-amendment-ai-training", "/items/profit-based-penalties", "/items/ai-promotion-act",
        "/account/login",
    ];

    private static readonly string[] EditorPages =
    [
        "/admin", "/admin/items", "/admin/legislation", "/admin/legislation?show=all", "/admin/legislation/laws",
        "/admin/legislation/public-comments", "/admin/legislation/public-comments/" + PublicCommentFeeds.MetiHighImpactId,
        "/admin/poller", "/admin/audit",
    ];

    [BrowserFact]
    public async Task EveryPage_AtPhoneWidth_DoesNotScrollSideways()
    {
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
        comments.SetConsultations(PublicCommentFeeds.Feed(PublicCommentFeeds.MetiHighImpact, PublicCommentFeeds.PipaLowRisk));
        await app.WatchPublicCommentsAsync();
        await app.CreateAccountAsync("editor@example.org", Roles.Editor, "編集部");

        // The dashboard's open comment deadlines (confirmed cases only) and a subscriber's settings page.
        await app.WithDbAsync(db => db.PublicCommentMatches.ExecuteUpdateAsync(m => m.SetProperty(x => x.State, JapanAiGov.Web.PublicComments.PublicCommentMatchState.Confirmed)));
        var (_, settingsToken) = await app.AddSubscriptionAsync("team@example.org", JapanAiGov.Web.Alerts.SubscriptionScope.Item, "high-impact-frontier-models");
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;
        await page.SetViewportSizeAsync(PhoneWidth, 844);

        var tooWide = new List<string>();
        foreach (var culture in new[] { "ja", "en" })
        {
            foreach (var path in PublicPages.Append("/alerts/settings/" + settingsToken))
            {
                await MeasureAsync(page, path, culture, tooWide);
            }
        }

        await page.GotoAsync("/account/login?culture=ja&returnUrl=%2Fadmin");
        await page.FillAsync("#Input_Email", "editor@example.org");
        await page.FillAsync("#Input_Password", JapanAiGovFactory.Password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/admin", BrowserSession.UntilTheDocumentIsParsed);
        foreach (var culture in new[] { "ja", "en" })
        {
            foreach (var path in EditorPages)
            {
                await MeasureAsync(page, path, culture, tooWide);
            }
        }

        Assert.True(tooWide.Count == 0, $"Wider than {PhoneWidth} px:" + Environment.NewLine + string.Join(Environment.NewLine, tooWide));
    }

    private static async Task MeasureAsync(IPage page, string path, string culture, List<string> tooWide)
    {
        var url = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        // Measure once the site's stylesheet is applied, not the unstyled document.
        await page.WaitForFunctionAsync("() => [...document.styleSheets].some(s => s.href && s.href.includes('/css/site.css') && s.cssRules.length > 0)");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > PhoneWidth)
        {
            var widest = await page.EvaluateAsync<string>(
                """
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                    .join(', ')
                """);
            tooWide.Add($"{url}: {width} px ({widest})");
        }
    }
}
