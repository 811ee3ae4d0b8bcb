using System.Net;
using System.Text;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using MimeKit;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>
/// Renders every kind of output over awkward data (Japanese text, a scheduled enforcement date, an item with no
/// sources, a revision with no articles) into a folder, and runs the third-party validators over it (CI fails on any
/// finding). The folder is JAPANAIGOV_VALIDATION_OUTPUT, else tests/validators/out.
/// </summary>
public sealed class RenderedOutputsTests
{
    private const string JapaneseSlug = "seisei-ai-guideline";
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 3, 15, 30, 123, TimeSpan.Zero);

    [ValidatorsFact]
    public async Task EveryOutput_OverAwkwardData_PassesTheThirdPartyValidators()
    {
        var output = Environment.GetEnvironmentVariable("JAPANAIGOV_VALIDATION_OUTPUT") is { Length: > 0 } configured
            ? configured
            : Path.Combine(ThirdPartyValidators.ValidatorsDirectory, "out");
        await WriteOutputsAsync(output);

        var (exitCode, report) = await ThirdPartyValidators.RunAsync(output);

        Assert.True(exitCode == 0, report);
        Assert.Contains("validators: 0 finding(s)", report, StringComparison.Ordinal);
    }

    private static async Task WriteOutputsAsync(string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        foreach (var kind in new[] { "html", "atom", "ics", "openapi" })
        {
            Directory.CreateDirectory(Path.Combine(output, kind));
        }

        await using var app = new JapanAiGovFactory(new Dictionary<string, string?>
        {
            ["Alerts:DispatcherEnabled"] = "false",
            // http, because the test clients talk http and an https public URL makes every cookie Secure.
            ["App:PublicBaseUrl"] = "http://tracker.japanaigov.test/",
        });
        var updateId = await AddAwkwardDataAsync(app);
        var anonymous = app.CreateBrowserLikeClient();
        var admin = await app.CreateSignedInClientAsync(JapanAiGov.Web.Accounts.Roles.Admin);

        string[] publicPages =
        [
            "/", "/?q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1", "/?status=Reported&topic=privacy", "/?asof=2026-09-01", "/changes", "/calendar", "/api",
            "/alerts/subscribe", "/alerts/subscribe?item=pipa-amendment-ai-training", "/account/login",
            "/items/pipa-amendment-ai-training", "/items/" + JapaneseSlug, "/items/high-impact-frontier-models",
        ];
        string[] editorPages =
        [
            "/admin", "/admin/items", "/admin/items/new", "/admin/items/pipa-amendment-ai-training/edit", "/admin/items/pipa-amendment-ai-training/sources", "/admin/items/pipa-amendment-ai-training/status",
            "/admin/items/pipa-amendment-ai-training/action", "/admin/items/" + JapaneseSlug + "/action",
            "/admin/items/" + JapaneseSlug + "/edit", "/admin/legislation", "/admin/legislation?show=all", $"/admin/legislation/{updateId}",
            "/admin/legislation/laws", "/admin/legislation/diet", "/admin/poller", "/admin/alerts", "/admin/users", "/admin/audit",
        ];
        foreach (var page in publicPages)
        {
            await SaveAsync(anonymous, page, Path.Combine(output, "html", "public" + FileName(page) + ".html"));
        }

        foreach (var page in editorPages)
        {
            await SaveAsync(admin, page, Path.Combine(output, "html", "editor" + FileName(page) + ".html"));
        }

        await SaveAsync(anonymous, "/items/no-such-item", Path.Combine(output, "html", "public-not-found.html"), HttpStatusCode.NotFound);
        await SaveAsync(anonymous, "/feeds/changes.atom", Path.Combine(output, "atom", "changes.atom"));
        foreach (var slug in new[] { "pipa-amendment-ai-training", JapaneseSlug, "profit-based-penalties" })
        {
            await SaveAsync(anonymous, $"/items/{slug}/feed.atom", Path.Combine(output, "atom", $"item-{slug}.atom"));
        }

        await SaveAsync(anonymous, "/calendar.ics", Path.Combine(output, "ics", "calendar.ics"));
        await SaveAsync(anonymous, "/openapi/v1.json", Path.Combine(output, "openapi", "v1.json"));

        await app.DispatchAsync();
        app.Time.Advance(TimeSpan.FromDays(1));
        await app.DispatchAsync();
        var mails = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Order(StringComparer.Ordinal).ToList();
        Assert.True(mails.Count >= 3, $"{mails.Count} mails rendered");
        foreach (var mail in mails)
        {
            var message = await MimeMessage.LoadAsync(mail);
            await File.WriteAllTextAsync(Path.Combine(output, "html", "mail-" + Path.GetFileNameWithoutExtension(mail) + ".html"), message.HtmlBody, Encoding.UTF8);
        }
    }

    /// <summary>Japanese text everywhere, an item with no sources, a confirmed change with an effective date, and revisions with no article text, one only scheduled.</summary>
    private static async Task<long> AddAwkwardDataAsync(JapanAiGovFactory app)
    {
        await app.AddItemAsync(
            JapaneseSlug,
            "生成AIの利用に関するガイドライン（案）",
            Day.AddDays(-30),
            topic: "生成AI",
            summary: "**内閣府**が「生成AIの利用に関するガイドライン」の案を公表した。<script>alert(1)</script> & 出典はまだない。",
            whatToWatch: "- 意見募集（パブリックコメント）の結果\n- 施行日");
        await app.AddSubscriptionAsync("team@example.org");
        await app.AddSubscriptionAsync("daily@example.org", cadence: AlertCadence.DailyDigest);
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, app.Time.GetUtcNow().AddMinutes(-4).AddTicks(1_234_567), new DateOnly(2027, 4, 1), "個人情報保護委員会が改正法の公式テキストを公表した。");
        await app.ChangeStatusAsync(JapaneseSlug, ItemStatus.PendingMetiAnnex, app.Time.GetUtcNow().AddMinutes(-5), null, "定義は経済産業省の技術的附属書を待つ。");
        await app.ChangeActionAsync(JapaneseSlug, new ActionRequest(ActionLevel.Act, null, "意見募集の締切が近い。<b>直ちに</b>社内規程を見直す & 周知する。", null, null, new DateOnly(2027, 1, 31), null, "意見募集の締切"));
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20280101", new DateOnly(2026, 12, 1), null, app.Time.GetUtcNow().AddMinutes(-3), scheduledEnforcement: new DateOnly(2028, 1, 1));
        var update = await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), app.Time.GetUtcNow().AddMinutes(-2), amendmentTitle: null);
        using var subscribed = await app.CreateBrowserLikeClient().PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = "new@example.org", ["Input.Scope"] = "Topic", ["Input.Topic"] = "生成AI", ["Input.Cadence"] = "Immediate" });
        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        return update;
    }

    private static async Task SaveAsync(HttpClient client, string path, string file, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode}");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
    }

    private static string FileName(string path) =>
        new string(Uri.UnescapeDataString(path).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).TrimEnd('-');
}
