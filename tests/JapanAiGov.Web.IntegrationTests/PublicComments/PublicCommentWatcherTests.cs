using System.Globalization;
using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentWatcherTests
{
    private const string HighImpactSlug = "high-impact-frontier-models";
    private const string PipaSlug = "pipa-amendment-ai-training";

    [Fact]
    public async Task Pass_AfterAnInstanceDiedMidPass_MarksItsRunAbandoned_NotRunningForEver()
    {
        // Issue 26 §2: the watcher never reclaimed a dead holder's run (the law poller did), and wrote the instance in a
        // form the lease could not match. What a kill leaves: a run "Running" under its holder, the lease held, expired.
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());
        const string deadHolder = "dead-host/4242/0123456789abcdef";
        var now = app.Time.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            db.PublicCommentRuns.Add(new PublicCommentRun { Feed = PublicCommentFeed.Consultations, StartedAt = now.AddMinutes(-20), Trigger = PollTrigger.Scheduled, Outcome = PollOutcome.Running, Instance = deadHolder });
            db.PollerLeases.Add(new PollerLease { Name = PublicCommentWatcher.LeaseName, Holder = deadHolder, ExpiresAt = now.AddMinutes(-1) });
            await db.SaveChangesAsync();
        });

        var runs = await app.WatchPublicCommentsAsync();

        Assert.All(runs, r => Assert.Equal(PollOutcome.Succeeded, r.Outcome));
        var dead = await app.WithDbAsync(db => db.PublicCommentRuns.SingleAsync(r => r.Instance == deadHolder));
        Assert.Equal(PollOutcome.Abandoned, dead.Outcome);
        Assert.Contains("Abandoned", dead.Error, StringComparison.Ordinal);
        Assert.All(runs, r => Assert.NotEqual(deadHolder, r.Instance));
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var page = await client.GetDocumentAsync("/admin/poller");
        Assert.Contains(page.QuerySelectorAll("tr.source-run[data-source='public-comments'] .tag"), tag => tag.TextContent == "Abandoned");
        Assert.DoesNotContain(page.QuerySelectorAll("tr.source-run[data-source='public-comments'] .tag"), tag => tag.TextContent == "Running");
    }

    [Fact]
    public async Task Poll_SeveralMinistries_MatchesMetiHighImpactAndPipaAndKeepsUnrelatedOutOfTheInbox()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(Unrelated, MetiHighImpact, PipaLowRisk));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        var consultations = runs.Run(PublicCommentFeed.Consultations);
        Assert.Equal(PollOutcome.Succeeded, consultations.Outcome);
        Assert.Equal((3, 3, 2), (consultations.EntriesRead, consultations.CasesAdded, consultations.MatchesAdded));
        Assert.Equal(PollOutcome.Succeeded, runs.Run(PublicCommentFeed.Results).Outcome);
        await app.WithDbAsync(async db =>
        {
            var matches = await db.PublicCommentMatches.Include(m => m.Case).Include(m => m.Item).OrderBy(m => m.Case!.CaseId).ToListAsync();
            Assert.Equal([(PipaLowRiskId, PipaSlug), (MetiHighImpactId, HighImpactSlug)], matches.Select(m => (m.Case!.CaseId, m.Item!.Slug)));
            Assert.All(matches, m => Assert.Equal(PublicCommentMatchState.New, m.State));
            Assert.Equal("高影響", matches[1].MatchedTerms);
            Assert.Equal("個人情報, 低リスク, 研究, AI, 学習", matches[0].MatchedTerms);

            // 2026/12/25 00:00 in Japan is the start of the 25th: 15:00 UTC on the 24th.
            var meti = matches[1].Case!;
            Assert.Equal(new DateTimeOffset(2026, 12, 24, 15, 0, 0, TimeSpan.Zero), meti.Deadline);
            Assert.Equal(new DateOnly(2026, 11, 20), meti.PublishedOn);
            Assert.Equal("経済産業省商務情報政策局情報経済課", meti.Office);
            var pipa = matches[0].Case!;
            Assert.Equal(new DateTimeOffset(2026, 12, 20, 14, 59, 0, TimeSpan.Zero), pipa.Deadline);
            Assert.Equal(new DateOnly(2026, 11, 21), pipa.PublishedOn);
            Assert.True(await db.PublicCommentCases.AnyAsync(c => c.CaseId == UnrelatedId && !c.Matches.Any()));
        });

        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var inbox = await editor.GetDocumentAsync("/admin/legislation");
        var cards = inbox.QuerySelectorAll(".public-comment-card");
        Assert.Equal(2, cards.Length);
        var metiCard = cards.Single(c => c.TextContent.Contains("高影響AIモデル", StringComparison.Ordinal));
        Assert.Equal("\"High-impact\" tier for frontier models", metiCard.QuerySelector(".pc-item")!.TextContent);
        Assert.Contains("2026-12-25 00:00 JST", metiCard.QuerySelector(".pc-deadline")!.TextContent, StringComparison.Ordinal);

        // 2026-11-24 09:30 in Japan; comments are accepted through the whole of 24 December: 30 days left.
        Assert.Contains("30 days left", metiCard.QuerySelector(".pc-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("経済産業省", metiCard.QuerySelector(".pc-office")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("高影響", metiCard.QuerySelector(".pc-terms")!.TextContent);
        Assert.Equal($"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={MetiHighImpactId}&Mode=0", metiCard.QuerySelector("a.pc-link")!.GetAttribute("href"));
        Assert.DoesNotContain("農業近代化資金", inbox.Body!.TextContent, StringComparison.Ordinal);

        var seen = await editor.GetDocumentAsync("/admin/legislation/public-comments?show=unmatched");
        var row = Assert.Single(seen.QuerySelectorAll("tr.pc-row"));
        Assert.Equal(UnrelatedId, row.GetAttribute("data-case-id"));
        Assert.Contains("matched no item", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ResultOfAKnownCase_AttachesToItWithItsCommentCount_AndRePollsAddNothing()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact, Unrelated));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WatchPublicCommentsAsync();

        // Later the consultation leaves the open list and its result is published.
        egov.SetConsultations(Feed(Unrelated));
        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 42)));
        var runs = await app.WatchPublicCommentsAsync();
        var again = await app.WatchPublicCommentsAsync();

        Assert.Equal((0, 1), (runs.Run(PublicCommentFeed.Results).CasesAdded, runs.Run(PublicCommentFeed.Results).ResultsAdded));
        Assert.All(again, r => Assert.Equal((PollOutcome.Succeeded, 0, 0, 0), (r.Outcome, r.CasesAdded, r.ResultsAdded, r.MatchesAdded)));
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(2, await db.PublicCommentCases.CountAsync());
            Assert.Equal(1, await db.PublicCommentMatches.CountAsync());
            var meti = await db.PublicCommentCases.Include(c => c.Result).SingleAsync(c => c.CaseId == MetiHighImpactId);
            Assert.Equal(new DateOnly(2027, 2, 10), meti.Result!.PublishedOn);
            Assert.Equal(42, meti.Result.CommentCount);
            Assert.Contains("CLASSNAME=PCM1040", meti.Result.Url, StringComparison.Ordinal);

            // The consultation's own facts are kept.
            Assert.Equal(new DateTimeOffset(2026, 12, 24, 15, 0, 0, TimeSpan.Zero), meti.Deadline);
            Assert.StartsWith("高影響AIモデルの判断基準に関する技術的附属書（案）に関する意見募集について", meti.Title, StringComparison.Ordinal);
            Assert.Equal(1, await db.PublicCommentResults.CountAsync());
        });

        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var page = await editor.GetDocumentAsync($"/admin/legislation/public-comments/{MetiHighImpactId}");
        Assert.Contains("published 2027-02-10", page.QuerySelector(".pc-result")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("42 comments received", page.QuerySelector(".pc-comment-count")!.TextContent);
    }

    [Fact]
    public async Task Poll_ResultForACaseNeverSeenOpen_CreatesTheCaseAndMatchesIt()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed());
        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 7)));
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        Assert.Equal((1, 1, 1), (runs.Run(PublicCommentFeed.Results).CasesAdded, runs.Run(PublicCommentFeed.Results).ResultsAdded, runs.Run(PublicCommentFeed.Results).MatchesAdded));
        var stored = await app.WithDbAsync(db => db.PublicCommentCases.Include(c => c.Result).SingleAsync());
        Assert.False(stored.SeenAsConsultation);
        Assert.Null(stored.Deadline);
        Assert.Equal(7, stored.Result!.CommentCount);
        Assert.Equal($"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={MetiHighImpactId}&Mode=0", stored.Url);
    }

    [Fact]
    public async Task Poll_ConsultationsFeedAnswers500_IsRecordedForThatSourceAndTheResultsFeedStillRuns()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact));
        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 3)));
        egov.Fail("pcm_list.xml", HttpStatusCode.InternalServerError, times: 3);
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        var consultations = runs.Run(PublicCommentFeed.Consultations);
        Assert.Equal(PollOutcome.Failed, consultations.Outcome);
        Assert.Contains("500", consultations.Error, StringComparison.Ordinal);
        Assert.Equal(3, egov.CountRequests("pcm_list.xml"));
        Assert.Equal(PollOutcome.Succeeded, runs.Run(PublicCommentFeed.Results).Outcome);
        Assert.Equal(1, await app.WithDbAsync(db => db.PublicCommentResults.CountAsync()));

        // The next pass, with e-Gov back, reads the consultation into the case its result already made.
        var next = await app.WatchPublicCommentsAsync();
        Assert.Equal(PollOutcome.Succeeded, next.Run(PublicCommentFeed.Consultations).Outcome);
        var stored = await app.WithDbAsync(db => db.PublicCommentCases.SingleAsync());
        Assert.True(stored.SeenAsConsultation);
        Assert.NotNull(stored.Deadline);

        var admin = await app.CreateSignedInClientAsync(Roles.Editor);
        var poller = await admin.GetDocumentAsync("/admin/poller");
        var rows = poller.QuerySelectorAll("tr.source-run[data-source='public-comments']");
        Assert.Equal(4, rows.Length);
        Assert.Contains(rows, r => r.GetAttribute("data-part") == "Consultations" && r.ClassList.Contains("outcome-failed") && r.TextContent.Contains("500", StringComparison.Ordinal));
        Assert.Equal(3, rows.Count(r => r.ClassList.Contains("outcome-succeeded")));
    }

    [Fact]
    public async Task Poll_FeedWithoutEnd_StopsReadingAtTheCapAndTheResultsFeedStillRuns()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.Flood("pcm_list.xml");
        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 3)));
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        var consultations = runs.Run(PublicCommentFeed.Consultations);
        Assert.Equal(PollOutcome.Failed, consultations.Outcome);
        Assert.Contains("larger than " + PublicCommentClient.MaxFeedBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes", consultations.Error, StringComparison.Ordinal);
        Assert.Equal(1, egov.CountRequests("pcm_list.xml"));
        Assert.Equal(PollOutcome.Succeeded, runs.Run(PublicCommentFeed.Results).Outcome);
    }

    [Theory]
    [InlineData("<html><body>メンテナンス中です</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item><title>途中で切れ")]
    [InlineData("")]
    public async Task Poll_MalformedFeed_IsRecordedAsFailedAndStoresNothing(string body)
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(body);
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        var consultations = runs.Run(PublicCommentFeed.Consultations);
        Assert.Equal(PollOutcome.Failed, consultations.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(consultations.Error));
        Assert.Equal(PollOutcome.Succeeded, runs.Run(PublicCommentFeed.Results).Outcome);
        Assert.Equal(0, await app.WithDbAsync(db => db.PublicCommentCases.CountAsync()));
        var recorded = await app.WithDbAsync(db => db.PublicCommentRuns.SingleAsync(r => r.Feed == PublicCommentFeed.Consultations));
        Assert.Equal(PollOutcome.Failed, recorded.Outcome);
        Assert.NotNull(recorded.FinishedAt);
    }

    [Fact]
    public async Task Poll_BadItems_AreSkippedOrReadInPartAndTheGoodOnesStoredWhole()
    {
        var noId = new FeedItem("", "番号のない案件", ["受付締切日時：2026/12/01 23:59"], "2026-11-19T15:00:Z");
        var noDates = new FeedItem("777777777", "日付のない高影響モデルの案件", ["カテゴリー：産業"], "2026-13-45T99:99:Z");
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(noId, noDates, MetiHighImpact));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());

        var runs = await app.WatchPublicCommentsAsync();

        var consultations = runs.Run(PublicCommentFeed.Consultations);
        Assert.Equal(PollOutcome.PartiallyFailed, consultations.Outcome);
        Assert.Equal(2, consultations.EntriesRead);
        Assert.Contains("no case id", consultations.Error, StringComparison.Ordinal);
        Assert.Contains("777777777", consultations.Error, StringComparison.Ordinal);
        Assert.Contains("dc:date", consultations.Error, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            var cases = await db.PublicCommentCases.Include(c => c.Matches).OrderBy(c => c.CaseId).ToListAsync();
            Assert.Equal(["595260101", "777777777"], cases.Select(c => c.CaseId));
            Assert.Null(cases[1].Deadline);
            Assert.Null(cases[1].PublishedOn);
            Assert.Single(cases[1].Matches);
            Assert.NotNull(cases[0].Deadline);
        });
    }

    [Fact]
    public async Task Poll_LeaseHeldByAnotherInstance_DoesNothing()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact));
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WithDbAsync(async db =>
        {
            db.PollerLeases.Add(new PollerLease { Name = PublicCommentWatcher.LeaseName, Holder = "other", ExpiresAt = app.Time.GetUtcNow().AddMinutes(5) });
            await db.SaveChangesAsync();
        });

        using var scope = app.Services.CreateScope();
        var runs = await scope.ServiceProvider.GetRequiredService<PublicCommentWatcher>().RunOnceAsync(PollTrigger.Command, CancellationToken.None);

        Assert.Null(runs);
        Assert.Empty(egov.Requests);
    }
}
