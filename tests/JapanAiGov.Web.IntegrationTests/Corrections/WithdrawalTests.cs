using System.Net;
using System.Text.Json;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Corrections;

/// <summary>A walk-back (issue 23): an item withdrawn (撤回) keeps its status, leaves the default dashboard, is alerted; a restoration too.</summary>
public sealed class WithdrawalTests
{
    private const string Slug = AlertTestExtensions.PenaltiesSlug;
    private const string WithdrawPath = $"/admin/items/{Slug}/withdraw";
    private const string Reason = "The Cabinet dropped the profit-based penalty plan from the bill.";
    private const string Evidence = "https://www.yomiuri.co.jp/politics/20261201-example/";

    [Fact]
    public async Task Withdrawal_HidesTheItemByDefault_ShowsItMarkedOnRequest_AlertsItsSubscribers_AndCanBeRestored()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("item@example.org", SubscriptionScope.Item, itemSlug: Slug, language: "ja");
        await app.AddSubscriptionAsync("other@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PipaSlug);
        var statusBefore = await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync());
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var stale = await editor.OpenFormAsync(WithdrawPath);

        using var withdrawn = await editor.PostFormAsync(WithdrawPath, new() { ["Input.Reason"] = Reason, ["Input.EvidenceUrl"] = Evidence });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var item = await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == Slug));
        Assert.Equal(statusBefore, item.Status);
        Assert.Equal(app.Time.GetUtcNow(), item.WithdrawnAt);
        Assert.Equal(Reason, item.WithdrawalReason);

        var reader = app.CreateClient();
        var dashboard = await reader.GetDocumentAsync("/");
        Assert.DoesNotContain(dashboard.QuerySelectorAll("tbody tr a"), a => a.GetAttribute("href") == "/items/" + Slug);
        var included = await reader.GetDocumentAsync("/?withdrawn=include");
        var row = included.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/items/{Slug}']") is not null);
        Assert.NotNull(row.QuerySelector(".withdrawn-badge"));
        var japanese = await reader.GetDocumentAsync("/?withdrawn=include&culture=ja");
        Assert.Contains("撤回", japanese.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/items/{Slug}']") is not null).TextContent, StringComparison.Ordinal);
        var csv = await reader.GetStringAsync("/export.csv?withdrawn=include");
        Assert.Contains(",true", csv.Split("\r\n").Single(l => l.StartsWith(Slug + ",", StringComparison.Ordinal)), StringComparison.Ordinal);

        var page = await reader.GetDocumentAsync("/items/" + Slug);
        Assert.Contains(Reason, page.QuerySelector(".withdrawn-notice")!.TextContent, StringComparison.Ordinal);
        using (var api = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/items/" + Slug)))
        {
            Assert.Equal(Reason, api.RootElement.GetProperty("withdrawalReason").GetString());
            Assert.Equal(JsonValueKind.String, api.RootElement.GetProperty("withdrawnAt").ValueKind);
        }

        Assert.Contains("tag:japanaigov,2026:withdrawal/", await reader.GetStringAsync($"/items/{Slug}/feed.atom"), StringComparison.Ordinal);

        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var alert = Assert.Single(smtp.To("item@example.org"));
        Assert.StartsWith("【JapanAiGov】【撤回】", alert.Subject, StringComparison.Ordinal);
        Assert.Contains(Reason, alert.TextOf(), StringComparison.Ordinal);

        // A second withdrawal from a form opened before the first: refused plainly, nothing queued.
        using var twice = await editor.SubmitAsync(stale, new() { ["Input.Reason"] = Reason, ["Input.EvidenceUrl"] = Evidence });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("withdrew this item meanwhile", (await twice.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);

        using var restored = await editor.PostFormAsync(WithdrawPath, new() { ["Input.Reason"] = "The penalty plan is back in the revised bill." });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.WithdrawnAt).SingleAsync()));
        Assert.Contains((await reader.GetDocumentAsync("/")).QuerySelectorAll("tbody tr a"), a => a.GetAttribute("href") == "/items/" + Slug);
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.StartsWith("【JapanAiGov】撤回扱いを解除", smtp.To("item@example.org")[^1].Subject, StringComparison.Ordinal);
        Assert.Empty(smtp.To("other@example.org"));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Web.Audit.AuditActions.ItemWithdrawn || a.Action == Web.Audit.AuditActions.ItemRestored)));
    }

    [Fact]
    public async Task EditorPages_InJapanese_SpeakJapanese_AndSayWhyAFieldIsWrongInJapanese()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, Web.Items.ItemStatus.Confirmed);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var status = await editor.GetDocumentAsync($"/admin/items/{AlertTestExtensions.PipaSlug}/status?culture=ja");
        Assert.Equal("直近の変更を取り消す", status.QuerySelector("#retract-heading")!.TextContent);
        var withdraw = await editor.GetDocumentAsync($"{WithdrawPath}?culture=ja");
        Assert.Equal("項目を撤回扱いにする", withdraw.QuerySelector("h1")!.TextContent);

        using var refused = await editor.PostFormAsync($"{WithdrawPath}?culture=ja", new() { ["Input.Reason"] = Reason, ["Input.EvidenceUrl"] = "" });
        Assert.Contains("撤回には根拠のリンク", (await refused.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_WithoutReasonOrEvidence_IsRefused_AndChangesNothing()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        using var response = await editor.PostFormAsync(WithdrawPath, new() { ["Input.Reason"] = "short", ["Input.EvidenceUrl"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent;
        Assert.Contains("The reason must be", errors, StringComparison.Ordinal);
        Assert.Contains("A withdrawal needs an evidence link", errors, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.WithdrawnAt).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync()));
        using var anonymous = await app.CreateBrowserLikeClient().GetAsync(WithdrawPath);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
