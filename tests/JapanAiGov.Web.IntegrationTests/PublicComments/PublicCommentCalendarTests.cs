using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentCalendarTests
{
    private const string DeadlineUid = "public-comment-" + MetiHighImpactId + "-deadline@japanaigov";
    private const string ResultUid = "public-comment-" + MetiHighImpactId + "-result@japanaigov";

    [Fact]
    public async Task CalendarIcs_ConfirmedConsultation_CarriesItsDeadlineThenItsResult_WithStableUids()
    {
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact, PipaLowRisk));
        egov.SetResults(ResultsFeed());
        await using var app = new JapanAiGovFactory(egov.Settings());
        await app.WatchPublicCommentsAsync();
        var anonymous = app.CreateClient();
        Assert.DoesNotContain("public-comment-", await anonymous.GetStringAsync("/calendar.ics"), StringComparison.Ordinal);

        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        await editor.PostFormAsync($"/admin/legislation/public-comments/{MetiHighImpactId}", [], "form[action*='handler=confirm']");
        var first = Ical.Net.Calendar.Load(await anonymous.GetStringAsync("/calendar.ics"))!;

        // Comments close at 00:00 on 25 December (JST): the last day to comment is the 24th.
        var deadline = Assert.Single(first.Events, e => e.Uid == DeadlineUid);
        Assert.Equal(new DateOnly(2026, 12, 24), DateOnly.FromDateTime(deadline.DtStart!.Value));
        Assert.Contains("2026-12-25 00:00 JST", deadline.Description, StringComparison.Ordinal);
        Assert.Equal("http://localhost/items/high-impact-frontier-models", deadline.Url!.ToString());

        // Unconfirmed matches stay off the public calendar.
        Assert.DoesNotContain(first.Events, e => e.Uid!.Contains(PipaLowRiskId, StringComparison.Ordinal));

        egov.SetResults(ResultsFeed(MetiHighImpactResult(comments: 58)));
        await app.WatchPublicCommentsAsync();
        var second = Ical.Net.Calendar.Load(await anonymous.GetStringAsync("/calendar.ics"))!;

        var result = Assert.Single(second.Events, e => e.Uid == ResultUid);
        Assert.Equal(new DateOnly(2027, 2, 10), DateOnly.FromDateTime(result.DtStart!.Value));
        Assert.Contains("58 comments", result.Description, StringComparison.Ordinal);
        var again = Assert.Single(second.Events, e => e.Uid == DeadlineUid);
        Assert.Equal((deadline.DtStart, deadline.DtStamp!.AsUtc, deadline.Summary), (again.DtStart, again.DtStamp!.AsUtc, again.Summary));

        var page = await anonymous.GetDocumentAsync("/calendar");
        Assert.NotNull(page.GetElementById(DeadlineUid));
        Assert.Contains("Comments due", page.GetElementById(DeadlineUid)!.TextContent, StringComparison.Ordinal);
    }
}
