using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

public sealed class LegislationPagesTests
{
    private static async Task<(FakeEGovServer EGov, JapanAiGovFactory App)> StartWithUpdateAsync()
    {
        var egov = await FakeEGovServer.StartWithSamplesAsync();
        var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();
        return (egov, app);
    }

    [Fact]
    public async Task Inbox_NewRevision_ShowsUpdateWithSideBySideDiff()
    {
        var (egov, app) = await StartWithUpdateAsync();
        await using var _ = egov;
        await using var __ = app;
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var page = await client.GetDocumentAsync("/admin/legislation");

        var card = Assert.Single(page.QuerySelectorAll(".update-card"));
        // Named the Japanese way: 題名（法令番号）, the number as e-Gov gives it; changed articles as the law marks them.
        Assert.Equal("個人情報の保護に関する法律（平成十五年法律第五十七号）", card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("令和九年法律第二十号", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("第十六条の二（新設）", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("2029-04-01", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not yet in force", card.QuerySelector(".update-badges")!.TextContent, StringComparison.Ordinal);
        var table = Assert.Single(page.QuerySelectorAll("table.shinkyu"));
        Assert.Equal("第二条（定義）", table.QuerySelector("caption")!.TextContent.Trim());

        // The 新旧対照表 as Japanese legislation prints it: amended (改正後) on the left, before (改正前) on the right.
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        Assert.StartsWith("改正後", headers[0], StringComparison.Ordinal);
        Assert.StartsWith("改正前", headers[1], StringComparison.Ordinal);
        var changedRow = table.QuerySelector("tr.diff")!;
        var cells = changedRow.QuerySelectorAll("td");
        Assert.Contains("生体情報", cells[0].QuerySelector("ins.diff-new")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("記号その他", cells[1].TextContent, StringComparison.Ordinal);
        Assert.Null(cells[1].QuerySelector("ins"));
        Assert.Contains("第十六条の二（低リスク研究）", page.QuerySelector(".articles-added")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("第三条（基本理念）", page.QuerySelector(".articles-removed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatePage_ApplyToItem_LinksToPrefilledStatusForm()
    {
        var (egov, app) = await StartWithUpdateAsync();
        await using var _ = egov;
        await using var __ = app;
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await app.WithDbAsync(db => db.LegislativeUpdates.Select(u => u.Id).SingleAsync());

        var page = await client.GetDocumentAsync($"/admin/legislation/{id}");

        var apply = page.QuerySelector("a.button-link")!.GetAttribute("href")!;
        Assert.StartsWith("/admin/items/pipa-amendment-ai-training/status?status=Confirmed&evidence=https%3A%2F%2Flaws.e-gov.go.jp%2Flaw%2F415AC0000000057", apply, StringComparison.Ordinal);
        Assert.EndsWith($"&update={id}", apply, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table.shinkyu"));
    }

    [Fact]
    public async Task UpdatePage_Acknowledge_MarksItAndLeavesTheOpenInbox()
    {
        var (egov, app) = await StartWithUpdateAsync();
        await using var _ = egov;
        await using var __ = app;
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await app.WithDbAsync(db => db.LegislativeUpdates.Select(u => u.Id).SingleAsync());

        var response = await client.PostFormAsync($"/admin/legislation/{id}", [], "form.action-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var update = await app.WithDbAsync(db => db.LegislativeUpdates.SingleAsync());
        Assert.Equal(LegislativeUpdateState.Acknowledged, update.State);
        Assert.Equal(app.Time.GetUtcNow(), update.AcknowledgedAt);
        Assert.NotNull(update.AcknowledgedBy);
        var open = await client.GetDocumentAsync("/admin/legislation");
        Assert.Empty(open.QuerySelectorAll(".update-card"));
        var all = await client.GetDocumentAsync("/admin/legislation?show=all");
        Assert.Single(all.QuerySelectorAll(".update-card"));

        // The item itself never changes without an editor's status change.
        Assert.Equal(Items.ItemStatus.Reported, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == "pipa-amendment-ai-training").Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task UpdatePage_UnknownId_Is404()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        await client.GetDocumentAsync("/admin/legislation/9999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inbox_Anonymous_IsSentToLogin()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/admin/legislation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchedLaws_AddKnownLaw_FetchesTitleFromEGov()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WithDbAsync(db => db.WatchedLaws.Where(l => l.LawId == EGovTestData.PipaLawId).ExecuteDeleteAsync());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync(
            "/admin/legislation/laws",
            new() { ["Input.LawId"] = " 415ac0000000057 ", ["Input.ItemSlug"] = "pipa-amendment-ai-training" },
            "form.add-law");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var law = await app.WithDbAsync(db => db.WatchedLaws.SingleAsync(l => l.LawId == EGovTestData.PipaLawId));
        Assert.Equal("個人情報の保護に関する法律", law.Title);
        Assert.NotNull(law.ItemId);
        Assert.Null(law.BaselineAt);
        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        Assert.Contains("Now watching 415AC0000000057", page.QuerySelector(".success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchedLaws_AddUnknownLaw_SaysEGovDoesNotKnowIt()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync("/admin/legislation/laws", new() { ["Input.LawId"] = "999AC0000000999" }, "form.add-law");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("e-Gov does not know the law id 999AC0000000999", page.QuerySelector("[data-valmsg-for='Input.LawId']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.WatchedLaws.CountAsync()));
    }

    [Theory]
    [InlineData("", "Enter an e-Gov law id.")]
    [InlineData("415AC00000000", "15 letters and digits")]
    [InlineData("415AC0000000057", "already watched")]
    public async Task WatchedLaws_AddInvalid_ShowsMessageWithoutCallingEGov(string lawId, string message)
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync("/admin/legislation/laws", new() { ["Input.LawId"] = lawId }, "form.add-law");

        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Input.LawId']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(egov.Requests);
    }

    [Fact]
    public async Task WatchedLaws_EGovDown_SaysTryLater()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new() { ["EGov:MaxRetryAttempts"] = "1" }));
        egov.AlwaysFail("laws", HttpStatusCode.InternalServerError, EGovTestData.Sample("error-500.json"));
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync("/admin/legislation/laws", new() { ["Input.LawId"] = "322AC1000000079" }, "form.add-law");

        var page = await response.ReadDocumentAsync();
        Assert.Contains("Try again later", page.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchedLaws_Remove_StopsWatchingButKeepsHistory()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var aiActId = await app.WithDbAsync(db => db.WatchedLaws.Where(l => l.LawId == EGovTestData.AiActLawId).Select(l => l.Id).SingleAsync());

        var response = await client.PostFormAsync("/admin/legislation/laws", [], $"form.remove-law[action*='id={aiActId}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var law = await app.WithDbAsync(db => db.WatchedLaws.Include(l => l.Revisions).SingleAsync(l => l.Id == aiActId));
        Assert.False(law.IsActive);
        Assert.Equal(2, law.Revisions.Count);
        var run = await app.PollAsync();
        Assert.DoesNotContain(run.Laws, l => l.LawId == EGovTestData.AiActLawId);
    }

    [Fact]
    public async Task WatchedLaws_ReAddRemovedLaw_ResumesWithAFreshQuietBaseline()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        await app.WithDbAsync(db => db.WatchedLaws.Where(l => l.LawId == EGovTestData.PipaLawId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RemovedAt, app.Time.GetUtcNow())));
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync("/admin/legislation/laws", new() { ["Input.LawId"] = EGovTestData.PipaLawId }, "form.add-law");
        var run = await app.PollAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pipa = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.True(pipa.Baseline);
        Assert.Equal(1, pipa.NewRevisions);
        Assert.Equal(0, run.UpdatesCreated);
        Assert.Equal(1, await app.WithDbAsync(db => db.WatchedLaws.CountAsync(l => l.LawId == EGovTestData.PipaLawId && l.RemovedAt == null)));
    }

    [Fact]
    public async Task Poller_PollNow_RunsAPassInTheBackground()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.PostFormAsync("/admin/poller", [], "form.poll-now");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var run = await PollingTestExtensions.EventuallyAsync(() => app.WithDbAsync(db => db.PollRuns.Include(r => r.Laws).FirstOrDefaultAsync(r => r.FinishedAt != null)));
        Assert.Equal(PollTrigger.Manual, run.Trigger);
        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        var page = await client.GetDocumentAsync("/admin/poller");
        var row = Assert.Single(page.QuerySelectorAll("tr.source-run[data-source='egov-laws']"));
        Assert.Contains("Succeeded", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(EGovTestData.PipaLawId, row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poller_FailedLaw_ShowsItsError()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        egov.AlwaysFail("law_revisions/" + EGovTestData.AiActLawId, HttpStatusCode.OK, "not json");
        await app.PollAsync();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var page = await client.GetDocumentAsync("/admin/poller");

        var row = Assert.Single(page.QuerySelectorAll("tr.source-run[data-source='egov-laws']"));
        Assert.True(row.ClassList.Contains("outcome-partiallyfailed"));
        Assert.Contains("Partly failed", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Freshness_WarnsUntilASuccessfulPassAndAfter30Hours()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var client = app.CreateClient();

        var before = await client.GetDocumentAsync("/");
        Assert.NotNull(before.QuerySelector(".egov-freshness .stale-warning"));

        await app.PollAsync();
        var fresh = await client.GetDocumentAsync("/");
        Assert.Null(fresh.QuerySelector(".egov-freshness .stale-warning"));
        Assert.Contains("2026-11-24 09:30 JST", fresh.QuerySelector(".egov-freshness")!.TextContent, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromHours(30) + TimeSpan.FromMinutes(1));
        var stale = await client.GetDocumentAsync("/");
        Assert.NotNull(stale.QuerySelector(".egov-freshness .stale-warning"));
    }
}
