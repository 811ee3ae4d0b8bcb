using System.Net;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Polling;

public sealed class EGovPollerTests
{
    [Fact]
    public async Task Poll_FirstPass_RecordsHistoryAsBaselineWithoutUpdatesOrAlerts()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        Assert.Equal(2, run.LawsChecked);
        Assert.Equal(17 + 2, run.NewRevisions);
        Assert.Equal(0, run.UpdatesCreated);
        Assert.All(run.Laws, l => Assert.True(l.Baseline));
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(19, await db.LawRevisions.CountAsync(r => r.IsBaseline));
            Assert.Empty(await db.LegislativeUpdates.ToListAsync());
            Assert.Empty(await db.AlertEvents.ToListAsync());
            var pipa = await db.WatchedLaws.SingleAsync(l => l.LawId == EGovTestData.PipaLawId);
            Assert.NotNull(pipa.BaselineAt);

            // 2026-11-24: the newest revision whose enforcement date has come, whatever e-Gov's status flag says.
            Assert.Equal("415AC0000000057_20261001_507AC0000000070", pipa.CurrentLawRevisionId);
            var newest = await db.LawRevisions.SingleAsync(r => r.LawRevisionId == EGovTestData.PipaNewestRevisionId);
            Assert.Equal(4, newest.ArticleCount);
            Assert.Equal(64, newest.TextHash!.Length);
            var aiAct = await db.WatchedLaws.SingleAsync(l => l.LawId == EGovTestData.AiActLawId);
            Assert.Equal("507AC0000000053_20250901_000000000000000", aiAct.CurrentLawRevisionId);
        });

        var request = egov.Requests.First(r => r.Path == "law_revisions/" + EGovTestData.PipaLawId);
        Assert.Contains("response_format=json", request.Query, StringComparison.Ordinal);
        Assert.StartsWith("JapanAiGov/", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("gzip", request.AcceptEncoding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_NewRevision_CreatesOneUpdateWithArticleDiffAndAlert()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        Assert.Equal(1, run.NewRevisions);
        Assert.Equal(1, run.UpdatesCreated);
        await app.WithDbAsync(async db =>
        {
            var update = await db.LegislativeUpdates.Include(u => u.Revision).Include(u => u.PreviousRevision).SingleAsync();
            Assert.Equal(EGovTestData.PipaNewRevisionId, update.Revision!.LawRevisionId);
            Assert.Equal(EGovTestData.PipaNewestRevisionId, update.PreviousRevision!.LawRevisionId);
            Assert.Equal(LegislativeUpdateState.New, update.State);
            Assert.Equal(LegislativeDiffStatus.Compared, update.DiffStatus);
            Assert.Equal((1, 1, 1), (update.ArticlesChanged, update.ArticlesAdded, update.ArticlesRemoved));
            Assert.Equal("第二条、第十六条の二（新設）、第三条（削除）", update.ChangedArticles);
            Assert.Equal("個人情報の保護に関する法律の一部を改正する法律", update.Revision.AmendmentLawTitle);
            Assert.Equal("令和九年法律第二十号", update.Revision.AmendmentLawNum);
            Assert.Equal(new DateOnly(2027, 2, 10), update.Revision.PromulgationDate);
            Assert.Equal(new DateOnly(2029, 4, 1), update.Revision.EnforcementDate);
            Assert.False(update.Revision.IsBaseline);

            var alert = await db.AlertEvents.SingleAsync();
            var pipaItem = await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training");
            Assert.Equal(AlertEventKind.LegislativeUpdate, alert.Kind);
            Assert.Equal(pipaItem.Id, alert.ItemId);
            Assert.Equal(update.Id, alert.LegislativeUpdateId);
            Assert.Null(alert.StatusChangeId);

            // No status changes without an editor.
            Assert.Equal(Items.ItemStatus.Reported, pipaItem.Status);
        });
    }

    [Fact]
    public async Task Poll_RunAgainAfterNewRevision_IsIdempotent()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();

        var third = await app.PollAsync();
        var fourth = await app.PollAsync();

        Assert.Equal((0, 0), (third.NewRevisions, third.UpdatesCreated));
        Assert.Equal((0, 0), (fourth.NewRevisions, fourth.UpdatesCreated));
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.LegislativeUpdates.CountAsync());
            Assert.Equal(1, await db.AlertEvents.CountAsync());
            Assert.Equal(20, await db.LawRevisions.CountAsync());
            Assert.Equal(4, await db.PollRuns.CountAsync(r => r.Outcome == PollOutcome.Succeeded));
        });
    }

    [Fact]
    public async Task Poll_ServerErrorsThenSuccess_RetriesAndSucceeds()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var path = "law_revisions/" + EGovTestData.PipaLawId;
        egov.Fail(path, HttpStatusCode.InternalServerError, EGovTestData.Sample("error-500.json"), times: 2);
        egov.Fail("law_revisions/" + EGovTestData.AiActLawId, HttpStatusCode.TooManyRequests, string.Empty, times: 1);

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        Assert.Equal(3, egov.CountRequests(path));
        Assert.Equal(2, egov.CountRequests("law_revisions/" + EGovTestData.AiActLawId));
    }

    [Fact]
    public async Task Poll_ServerErrorsBeyondRetries_FailsThatLawOnlyAndRecordsIt()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new() { ["EGov:MaxRetryAttempts"] = "2" }));
        var path = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysFail(path, HttpStatusCode.ServiceUnavailable, EGovTestData.Sample("error-500.json"));

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.PartiallyFailed, run.Outcome);
        Assert.Equal(3, egov.CountRequests(path));
        var pipa = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.Equal(PollLawOutcome.Failed, pipa.Outcome);
        Assert.Contains("503", pipa.Error, StringComparison.Ordinal);
        Assert.Contains("500001", pipa.Error, StringComparison.Ordinal);
        Assert.Equal(PollLawOutcome.Succeeded, run.Laws.Single(l => l.LawId == EGovTestData.AiActLawId).Outcome);
        await app.WithDbAsync(async db =>
        {
            var law = await db.WatchedLaws.SingleAsync(l => l.LawId == EGovTestData.PipaLawId);
            Assert.Null(law.BaselineAt);
            Assert.Contains("503", law.LastError, StringComparison.Ordinal);
            Assert.Equal(0, await db.LawRevisions.CountAsync(r => r.WatchedLawId == law.Id));
        });

        egov.Heal(path);
        var next = await app.PollAsync();
        Assert.Equal(PollOutcome.Succeeded, next.Outcome);
        Assert.True(next.Laws.Single(l => l.LawId == EGovTestData.PipaLawId).Baseline);
    }

    [Fact]
    public async Task Poll_BadRequest_IsNotRetried()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var path = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysFail(path, HttpStatusCode.BadRequest, EGovTestData.Sample("error-400-bad-date.json"));

        var run = await app.PollAsync();

        Assert.Equal(1, egov.CountRequests(path));
        var pipa = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.Equal(PollLawOutcome.Failed, pipa.Outcome);
        Assert.Contains("400004", pipa.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_Timeouts_FailThatLawWithinTheConfiguredTime()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new()
        {
            ["EGov:AttemptTimeout"] = "00:00:00.200",
            ["EGov:TotalRequestTimeout"] = "00:00:03",
            ["EGov:MaxRetryAttempts"] = "1",
        }));
        var path = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysHang(path);

        // The resilience timeouts run on the injected (fake) clock: move it on while the pass waits.
        var run = await app.PollWhileTimePassesAsync(TimeSpan.FromMilliseconds(100), onlyWhen: () => egov.HangingRequests > 0);

        Assert.Equal(2, egov.CountRequests(path));
        var pipa = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.Equal(PollLawOutcome.Failed, pipa.Outcome);
        Assert.Contains("in time", pipa.Error, StringComparison.Ordinal);
        Assert.Equal(PollLawOutcome.Succeeded, run.Laws.Single(l => l.LawId == EGovTestData.AiActLawId).Outcome);
    }

    [Fact]
    public async Task Poll_LawUnknownToEGov_IsRecordedAsNotFound()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WithDbAsync(async db =>
        {
            db.WatchedLaws.Add(new WatchedLaw { LawId = "999AC0000000999", Title = "Unknown", AddedAt = app.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        });

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.PartiallyFailed, run.Outcome);
        var unknown = run.Laws.Single(l => l.LawId == "999AC0000000999");
        Assert.Equal(PollLawOutcome.NotFound, unknown.Outcome);
        Assert.Contains("404001", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Laws.Count(l => l.Outcome == PollLawOutcome.Succeeded));
    }

    [Theory]
    [InlineData("{\"law_info\": {\"law_id\": \"415AC0000000057\"}, \"revisions\": [")]
    [InlineData("<html><body>Service temporarily unavailable</body></html>")]
    [InlineData("{\"law_info\": {}}")]
    [InlineData("[1, 2, 3]")]
    public async Task Poll_MalformedBody_FailsThatLawWithoutCrashing(string body)
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        egov.AlwaysFail("law_revisions/" + EGovTestData.PipaLawId, HttpStatusCode.OK, body);

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.PartiallyFailed, run.Outcome);
        var pipa = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.Equal(PollLawOutcome.Failed, pipa.Outcome);
        Assert.Contains("e-Gov", pipa.Error, StringComparison.Ordinal);
        Assert.Equal(PollLawOutcome.Succeeded, run.Laws.Single(l => l.LawId == EGovTestData.AiActLawId).Outcome);
    }

    [Fact]
    public async Task Poll_MalformedLawText_FailsThatLawAndRetriesTheRevisionNextPass()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, "{\"law_full_text\": {\"tag\": \"Law\", \"children\": [");

        var failed = await app.PollAsync();

        Assert.Equal(PollLawOutcome.Failed, failed.Laws.Single(l => l.LawId == EGovTestData.PipaLawId).Outcome);
        Assert.Equal(0, await app.WithDbAsync(db => db.LegislativeUpdates.CountAsync()));

        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        var next = await app.PollAsync();

        Assert.Equal(1, next.UpdatesCreated);
    }

    [Fact]
    public async Task Poll_FutureRevisionsDatePasses_BecomesCurrentWithoutUpdateOrAlert()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();

        // 2026-12-31 00:00 JST is 2026-12-30 15:00 UTC.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 30, 15, 0, 0, TimeSpan.Zero));
        var run = await app.PollAsync();

        Assert.Equal("415AC0000000057_20261231_508AC0000000062", run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId).NowInForce);
        Assert.Null(run.Laws.Single(l => l.LawId == EGovTestData.AiActLawId).NowInForce);
        await app.WithDbAsync(async db =>
        {
            var pipa = await db.WatchedLaws.SingleAsync(l => l.LawId == EGovTestData.PipaLawId);
            Assert.Equal("415AC0000000057_20261231_508AC0000000062", pipa.CurrentLawRevisionId);
            Assert.Empty(await db.LegislativeUpdates.ToListAsync());
            Assert.Empty(await db.AlertEvents.ToListAsync());
        });
    }

    [Fact]
    public async Task Poll_NewRevisionWithoutTextYet_CreatesUpdateAndComparesWhenTextAppears()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());

        await app.PollAsync();
        var waiting = await app.WithDbAsync(db => db.LegislativeUpdates.SingleAsync());
        Assert.Equal(LegislativeDiffStatus.TextUnavailable, waiting.DiffStatus);

        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();

        var compared = await app.WithDbAsync(db => db.LegislativeUpdates.SingleAsync());
        Assert.Equal(LegislativeDiffStatus.Compared, compared.DiffStatus);
        Assert.Equal(1, compared.ArticlesChanged);
        Assert.Equal(1, await app.WithDbAsync(db => db.AlertEvents.CountAsync()));
    }

    [Fact]
    public async Task Poll_LeaseHeldByAnotherInstance_SkipsThePass()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WithDbAsync(db => db.PollerLeases.ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Holder, "other-instance")
            .SetProperty(l => l.ExpiresAt, app.Time.GetUtcNow().AddMinutes(10))));

        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            var poller = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<EGovPoller>(scope.ServiceProvider);
            Assert.Null(await poller.RunOnceAsync(PollTrigger.Command, CancellationToken.None));
        }

        Assert.Empty(egov.Requests);

        // An abandoned lease expires on its own.
        app.Time.Advance(TimeSpan.FromMinutes(31));
        var run = await app.PollAsync();
        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        var lease = await app.WithDbAsync(db => db.PollerLeases.SingleAsync());
        Assert.Null(lease.Holder);
    }

    [Fact]
    public async Task Poll_RemovedLaw_IsNotPolled()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WithDbAsync(db => db.WatchedLaws.Where(l => l.LawId == EGovTestData.AiActLawId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RemovedAt, app.Time.GetUtcNow())));

        var run = await app.PollAsync();

        Assert.Equal(EGovTestData.PipaLawId, Assert.Single(run.Laws).LawId);
        Assert.Equal(0, egov.CountRequests("law_revisions/" + EGovTestData.AiActLawId));
    }

    [Fact]
    public async Task Poll_NewRevisionOfLawWithoutItem_CreatesUpdateButNoAlert()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.PollAsync();
        await app.WithDbAsync(db => db.WatchedLaws.Where(l => l.LawId == EGovTestData.PipaLawId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ItemId, (int?)null)));
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());

        var run = await app.PollAsync();

        Assert.Equal(1, run.UpdatesCreated);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync()));
    }
}
