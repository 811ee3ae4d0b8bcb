using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentPagesTests
{
    private const string CasePage = "/admin/legislation/public-comments/" + MetiHighImpactId;

    private static async Task<(FakePublicCommentServer EGov, JapanAiGovFactory App, HttpClient Editor)> StartAsync(params FeedItem[] consultations)
    {
        var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(consultations.Length == 0 ? [MetiHighImpact, PipaLowRisk, Unrelated] : consultations));
        egov.SetResults(ResultsFeed());
        var app = new JapanAiGovFactory(egov.Settings());
        await app.WatchPublicCommentsAsync();
        return (egov, app, await app.CreateSignedInClientAsync(Roles.Editor));
    }

    private static Task<PublicCommentMatch> MatchAsync(JapanAiGovFactory app, string caseId) =>
        app.WithDbAsync(db => db.PublicCommentMatches.AsNoTracking().SingleAsync(m => m.Case!.CaseId == caseId));

    [Fact]
    public async Task Confirm_ShowsTheConsultationOnThePublicItemPage_WithoutChangingTheStatus()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;

        var response = await editor.PostFormAsync(CasePage, [], "form[action*='handler=confirm']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{CasePage}?done=confirmed", response.Headers.Location!.OriginalString);
        var match = await MatchAsync(app, MetiHighImpactId);
        Assert.Equal(PublicCommentMatchState.Confirmed, match.State);
        Assert.NotNull(match.DecidedBy);
        var item = await app.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Slug == "high-impact-frontier-models"));
        Assert.Equal(ItemStatus.PendingMetiAnnex, item.Status);

        var anonymous = app.CreateClient();
        var page = await anonymous.GetDocumentAsync("/items/high-impact-frontier-models");
        var shown = Assert.Single(page.QuerySelectorAll("li.public-comment"));
        Assert.Equal(MetiHighImpactId, shown.GetAttribute("data-case-id"));
        Assert.Contains("高影響AIモデルの判断基準", shown.QuerySelector(".pc-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("経済産業省", shown.QuerySelector(".pc-office")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("open for comment until 2026-12-25 00:00 JST", shown.QuerySelector(".pc-status")!.TextContent, StringComparison.Ordinal);

        // A match nobody confirmed stays private.
        var pipa = await anonymous.GetDocumentAsync("/items/pipa-amendment-ai-training");
        Assert.Empty(pipa.QuerySelectorAll("li.public-comment"));

        // Confirming again (a second tab, a double click) changes nothing.
        var token = (await editor.GetDocumentAsync(CasePage)).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var again = await editor.PostAsync($"{CasePage}?handler=confirm&matchId={match.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal($"{CasePage}?done=already", again.Headers.Location!.OriginalString);
        Assert.Equal(match.DecidedAt, (await MatchAsync(app, MetiHighImpactId)).DecidedAt);
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("dismiss")]
    public async Task Decide_TwoEditorsAtTheSameMoment_OneDecisionTakes_AtMostOneAlert_TheOtherIsTold(string secondHandler)
    {
        // Issue 26 §1: both requests read the match as New, then both wrote — two alerts, or Confirm and Dismiss both
        // applied. The gate makes them meet right before they write, every run.
        var (egov, app, first) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;
        var second = await app.CreateSignedInClientAsync(Roles.Editor, "second@example.org");
        var forms = await Task.WhenAll(
            first.OpenFormAsync(CasePage, "form[action*='handler=confirm']"),
            second.OpenFormAsync(CasePage, $"form[action*='handler={secondHandler}']"));

        app.Gate.Arm(ArrivalGate.TransactionStarting);
        var answers = await Task.WhenAll(
            first.SubmitAsync(forms[0], []),
            second.SubmitAsync(forms[1], new() { ["Reason"] = "Not about frontier models at all." }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers, a => a.Headers.Location!.OriginalString.EndsWith("done=already", StringComparison.Ordinal));
        var match = await MatchAsync(app, MetiHighImpactId);
        var events = await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.PublicCommentMatchId == match.Id));
        Assert.Equal(match.State == PublicCommentMatchState.Confirmed ? 1 : 0, events);
        var winner = answers.Single(a => !a.Headers.Location!.OriginalString.EndsWith("done=already", StringComparison.Ordinal));
        Assert.EndsWith(match.State == PublicCommentMatchState.Confirmed ? "done=confirmed" : "done=dismissed", winner.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_NeedsAReason_ThenLeavesTheOpenInbox()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;

        var withoutReason = await editor.PostFormAsync(CasePage, new() { ["Reason"] = "   " }, "form[action*='handler=dismiss']");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Say why", (await withoutReason.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicCommentMatchState.New, (await MatchAsync(app, MetiHighImpactId)).State);

        var dismissed = await editor.PostFormAsync(CasePage, new() { ["Reason"] = "Only the evaluation method, not the tier definition." }, "form[action*='handler=dismiss']");

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var match = await MatchAsync(app, MetiHighImpactId);
        Assert.Equal((PublicCommentMatchState.Dismissed, "Only the evaluation method, not the tier definition."), (match.State, match.DismissReason));
        var open = await editor.GetDocumentAsync("/admin/legislation");
        Assert.DoesNotContain(open.QuerySelectorAll(".public-comment-card"), c => c.TextContent.Contains(MetiHighImpactId, StringComparison.Ordinal));
        var all = await editor.GetDocumentAsync("/admin/legislation?show=all");
        Assert.Contains(all.QuerySelectorAll(".public-comment-card"), c => c.ClassList.Contains("pc-dismissed") && c.TextContent.Contains("Only the evaluation method", StringComparison.Ordinal));
        var page = await app.CreateClient().GetDocumentAsync("/items/high-impact-frontier-models");
        Assert.Empty(page.QuerySelectorAll("li.public-comment"));
    }

    [Fact]
    public async Task Apply_ConfirmsAndOpensTheStatusFormWithTheCasePageAsEvidence_AndChangesNothingYet()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;

        var response = await editor.PostFormAsync(CasePage, [], "form[action*='handler=apply']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/items/high-impact-frontier-models/status?", location, StringComparison.Ordinal);
        Assert.DoesNotContain("status=Confirmed", location, StringComparison.Ordinal);
        var form = await editor.GetDocumentAsync(location);
        Assert.Equal(
            $"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={MetiHighImpactId}&Mode=0",
            form.QuerySelector("input[name='Input.EvidenceUrl']")!.GetAttribute("value"));
        Assert.Contains(MetiHighImpactId, form.QuerySelector("textarea[name='Input.Reason']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicCommentMatchState.Confirmed, (await MatchAsync(app, MetiHighImpactId)).State);
        Assert.Equal(ItemStatus.PendingMetiAnnex, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == "high-impact-frontier-models").Select(i => i.Status).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.Item!.Slug == "high-impact-frontier-models")));
    }

    [Fact]
    public async Task Apply_AfterTheResult_PrefillsConfirmedWithTheResultPage()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;
        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 12)));
        await app.WatchPublicCommentsAsync();

        var response = await editor.PostFormAsync(CasePage, [], "form[action*='handler=apply']");

        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("status=Confirmed", location, StringComparison.Ordinal);
        var form = await editor.GetDocumentAsync(location);
        Assert.Contains("CLASSNAME=PCM1040", form.QuerySelector("input[name='Input.EvidenceUrl']")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("12 comments received", form.QuerySelector("textarea[name='Input.Reason']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchRule_Added_MatchesCasesAlreadySeen_AndAnEmptyRuleIsRejected()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;
        const string Page = "/admin/items/ai-promotion-act/watch";

        var empty = await editor.PostFormAsync(Page, new() { ["Input.AllTerms"] = " , ", ["Input.AnyTerms"] = "" }, "form[action*='handler=add']");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("at least one term", (await empty.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);

        var added = await editor.PostFormAsync(Page, new() { ["Input.AnyTerms"] = "農業近代化\n漁業", ["Input.Offices"] = "農林水産省" }, "form[action*='handler=add']");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rulesPage = await editor.GetDocumentAsync(Page);
        Assert.Contains("1 case(s) seen so far match it", rulesPage.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // The item's seeded rule for Diet bills, and the new one.
        Assert.Equal(2, rulesPage.QuerySelectorAll("tr.watch-rule").Length);
        var match = await MatchAsync(app, UnrelatedId);
        Assert.Equal("農業近代化", match.MatchedTerms);
        var inbox = await editor.GetDocumentAsync("/admin/legislation");
        Assert.Contains(inbox.QuerySelectorAll(".public-comment-card"), c => c.TextContent.Contains("農業近代化資金", StringComparison.Ordinal));

        // Polling again does not match it twice.
        await app.WatchPublicCommentsAsync();
        Assert.Equal(3, await app.WithDbAsync(db => db.PublicCommentMatches.CountAsync()));
    }

    /// <summary>Issue 26, point 8: a rule as broad as one common word put hundreds of seen cases into the inbox at once.</summary>
    [Fact]
    public async Task WatchRule_MatchingMoreThanTwentySeenCases_IsPreviewedAndAddedOnlyWhenTheseTermsAreConfirmed()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.PublicCommentCases.Add(new PublicCommentCase { CaseId = $"9{i:D8}", Title = $"AIに関する指針案 第{i}号", Url = $"https://public-comment.e-gov.go.jp/pcm/detail?CLASSNAME=PCMMSTDETAIL&id=9{i:D8}" });
            }

            await db.SaveChangesAsync();
        });
        const string Page = "/admin/items/ai-promotion-act/watch";
        int Matches() => app.WithDbAsync(db => db.PublicCommentMatches.CountAsync()).GetAwaiter().GetResult();
        var rulesBefore = await app.WithDbAsync(db => db.WatchRules.CountAsync());

        using var previewed = await editor.PostFormAsync(Page, new() { ["Input.AnyTerms"] = "指針", ["Input.CoversDietBills"] = "false" }, "form[action*='handler=add']");

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var preview = await previewed.ReadDocumentAsync();
        Assert.Contains("25", preview.QuerySelector(".watch-preview h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, preview.QuerySelectorAll(".preview-cases li").Length);
        Assert.Equal(rulesBefore, await app.WithDbAsync(db => db.WatchRules.CountAsync()));
        Assert.Equal(0, Matches());

        // Confirming other terms than the ones previewed is previewed again, not added.
        using var changed = await editor.PostFormAsync(Page, new()
        {
            ["Input.AnyTerms"] = "指針案",
            ["Input.CoversDietBills"] = "false",
            ["Input.ConfirmedFor"] = preview.QuerySelector(".confirm-rule input[name='Input.ConfirmedFor']")!.GetAttribute("value")!,
        }, "form[action*='handler=add']");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(0, Matches());

        // The confirmation form as the browser sends it: its hidden fields, antiforgery token included.
        var confirmForm = preview.QuerySelector("form.confirm-rule")!;
        var fields = confirmForm.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        using var confirmed = await editor.SubmitAsync(new OpenForm(confirmForm.GetAttribute("action")!, fields), []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(25, Matches());
        Assert.Equal(rulesBefore + 1, await app.WithDbAsync(db => db.WatchRules.CountAsync()));
    }

    [Fact]
    public async Task Pages_HostileFeedText_IsShownAsTextOnly()
    {
        var hostile = new FeedItem(
            "123123123",
            "<script>alert('x')</script><img src=x onerror=alert(1)>高影響モデル",
            ["受付締切日時：2026/12/01 23:59", "問合せ先（所管省庁・部局名等）：<b>経済産業省</b>&lt;script&gt;"],
            "2026-11-19T15:00:Z");
        var (egov, app, editor) = await StartAsync(hostile);
        await using var _ = egov;
        await using var __ = app;
        await editor.PostFormAsync("/admin/legislation/public-comments/123123123", [], "form[action*='handler=confirm']");

        foreach (var (client, url) in new[] { (editor, "/admin/legislation?show=all"), (editor, "/admin/legislation/public-comments/123123123"), (editor, "/admin/legislation/public-comments"), (app.CreateClient(), "/items/high-impact-frontier-models") })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Empty(page.QuerySelectorAll("main script, main img, main b"));
            Assert.Contains("<script>alert('x')</script>", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CasePage_UnknownCase_Is404()
    {
        var (egov, app, editor) = await StartAsync();
        await using var _ = egov;
        await using var __ = app;

        await editor.GetDocumentAsync("/admin/legislation/public-comments/999999999", HttpStatusCode.NotFound);
        await editor.GetDocumentAsync("/admin/legislation/public-comments/not-a-case", HttpStatusCode.NotFound);
    }
}
