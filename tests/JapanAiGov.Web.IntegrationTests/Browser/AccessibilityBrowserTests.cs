using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>axe-core, in Chromium, over the main public and editor pages: no violations of any rule it runs by default.</summary>
public sealed class AccessibilityBrowserTests
{
    private static readonly string[] PublicPages =
    [
        "/", "/?q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1", "/changes", "/items/pipa-amendment-ai-training", "/calendar", "/api",
        "/alerts/subscribe", "/account/login",
    ];

    private static readonly string[] EditorPages =
    [
        "/admin", "/admin/items", "/admin/items/new", "/admin/items/pipa-amendment-ai-training/edit", "/admin/items/pipa-amendment-ai-training/sources", "/admin/items/pipa-amendment-ai-training/status",
        "/admin/legislation", "/admin/legislation/laws", "/admin/legislation/diet", "/admin/poller", "/admin/alerts", "/admin/users", "/admin/audit", "/admin/channels",
        "/admin", "/admin/items", "/admin/items/new", "/admin/items/pipa-amendment-ai-training/edit", "/admin/items/pipa-amendment-ai-training/sources", "/admin/items/pipa-amendment-ai-training/status", "/admin/items/pipa-amendment-ai-training/action",
        "/admin/legislation", "/admin/legislation/laws", "/admin/legislation/diet", "/admin/poller", "/admin/alerts", "/admin/users", "/admin/audit",
    ];

    [BrowserFact]
    public async Task MainPublicAndEditorPages_HaveNoAxeViolations()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        app.StartKestrel();
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, app.Time.GetUtcNow(), new DateOnly(2027, 4, 1));
        var update = await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20280101", new DateOnly(2026, 12, 1), null, app.Time.GetUtcNow(), scheduledEnforcement: new DateOnly(2028, 1, 1));
        await app.CreateAccountAsync("admin@example.org", Roles.Admin, "Ada Admin");
        var (destination, _) = await Alerts.Channels.ChannelDeliveryTests.AddAsync(app, "webhook", "https://hooks.example.org/japanaigov", "--name", "Compliance bot");
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        var violations = new List<string>();
        foreach (var path in PublicPages)
        {
            violations.AddRange(await ViolationsAsync(page, path));
        }

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync("admin@example.org");
        await page.GetByLabel("Password").FillAsync(JapanAiGovFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), BrowserSession.UntilTheDocumentIsParsed);
        foreach (var path in EditorPages.Append($"/admin/legislation/{update}").Append($"/admin/channels/{destination}"))
        {
            violations.AddRange(await ViolationsAsync(page, path));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok == true, $"GET {path}: {response?.Status}");
        AxeResult result = await page.RunAxe();
        return result.Violations.SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {n.Target} {n.Html}"));
    }
}
