using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages;

/// <summary>Issue 25, point 6: the dashboard says what changed recently and what is due, and lets the browser mark what is new.</summary>
public sealed class DashboardGlanceTests
{
    private const string Pipa = "pipa-amendment-ai-training";
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    [Fact]
    public async Task Dashboard_AfterStatusChange_ListsItFirstWithTheJstDayAndALinkToTheItem()
    {
        await using var app = new JapanAiGovFactory();
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(Pipa, ItemStatus.Confirmed);

        var document = await app.CreateClient().GetDocumentAsync("/?culture=ja");

        var entries = document.QuerySelectorAll(".recent-changes li.glance-entry");
        Assert.InRange(entries.Length, 1, 5);
        var latest = entries[0];
        Assert.Equal("2026-11-24T23:30:00.000Z", latest.GetAttribute("data-changed"));
        var day = latest.QuerySelector("time")!;
        Assert.Equal("2026年11月25日", day.TextContent.Trim());
        Assert.Equal("2026-11-24T23:30:00.000Z", day.GetAttribute("datetime"));
        Assert.Equal($"/items/{Pipa}", latest.QuerySelector("a")!.GetAttribute("href"));
        var badges = latest.QuerySelectorAll(".badge").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["報道段階", "確認済み"], badges);
        Assert.NotNull(latest.QuerySelector(".new-badge[hidden]"));
        Assert.Equal("/changes", document.QuerySelector(".recent-changes .glance-more a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Dashboard_ListsOpenConfirmedCommentDeadlinesWithDaysLeftInJapan_SoonestFirst()
    {
        await using var app = new JapanAiGovFactory();
        var now = app.Time.GetUtcNow(); // 2026-11-24 09:30 JST
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, Jst), now);
        await AddCaseAsync(app, "100000001", "十二日後に締め切る案", new DateTimeOffset(2026, 12, 6, 23, 59, 0, Jst), PublicCommentMatchState.Confirmed);
        await AddCaseAsync(app, "100000002", "本日夕方に締め切る案", new DateTimeOffset(2026, 11, 24, 17, 0, 0, Jst), PublicCommentMatchState.Confirmed);
        await AddCaseAsync(app, "100000003", "本日朝に締め切った案", new DateTimeOffset(2026, 11, 24, 9, 0, 0, Jst), PublicCommentMatchState.Confirmed);
        await AddCaseAsync(app, "100000004", "昨日締め切った案", new DateTimeOffset(2026, 11, 23, 23, 59, 0, Jst), PublicCommentMatchState.Confirmed);
        await AddCaseAsync(app, "100000005", "未確認の案", new DateTimeOffset(2026, 12, 1, 23, 59, 0, Jst), PublicCommentMatchState.New);
        await AddCaseAsync(app, "100000006", "却下された案", new DateTimeOffset(2026, 12, 1, 23, 59, 0, Jst), PublicCommentMatchState.Dismissed);
        await AddCaseAsync(app, "100000007", "明日締め切る案", new DateTimeOffset(2026, 11, 25, 12, 0, 0, Jst), PublicCommentMatchState.Confirmed);

        var document = await app.CreateClient().GetDocumentAsync("/?culture=ja");

        var entries = document.QuerySelectorAll(".open-comments li.glance-entry");
        Assert.Equal(["本日夕方に締め切る案", "明日締め切る案", "十二日後に締め切る案"], entries.Select(e => e.QuerySelector("a")!.TextContent.Trim()).ToList());
        Assert.Equal(["本日締切", "残り1日", "残り12日"], entries.Select(e => e.QuerySelector(".days-left")!.TextContent.Trim()).ToList());
        Assert.Contains("意見募集締切日：2026年12月6日 23:59 JST", entries[2].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/items/{Pipa}", entries[2].QuerySelector(".glance-items a")!.GetAttribute("href"));
        Assert.All(entries, e => Assert.NotNull(e.GetAttribute("data-changed")));
    }

    [Fact]
    public async Task Dashboard_NextJapaneseDay_DropsTheDeadlinesThatClosed()
    {
        // The output cache keeps a page at most a minute of real time (OutputCache:Duration); what is tested here is
        // that the memo behind the page is one per JST day, so it is switched off.
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        await AddCaseAsync(app, "100000002", "本日夕方に締め切る案", new DateTimeOffset(2026, 11, 24, 17, 0, 0, Jst), PublicCommentMatchState.Confirmed);
        await AddCaseAsync(app, "100000001", "十二日後に締め切る案", new DateTimeOffset(2026, 12, 6, 23, 59, 0, Jst), PublicCommentMatchState.Confirmed);
        var reader = app.CreateClient();
        Assert.Equal(2, (await reader.GetDocumentAsync("/?culture=ja")).QuerySelectorAll(".open-comments li.glance-entry").Length);

        // No write in between: the day alone closes the first case and takes a day off the second.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 30, 0, Jst));
        var document = await reader.GetDocumentAsync("/?culture=ja");

        var entries = document.QuerySelectorAll(".open-comments li.glance-entry");
        Assert.Equal("十二日後に締め切る案", Assert.Single(entries).QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("残り11日", entries[0].QuerySelector(".days-left")!.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_WithNoOpenComments_SaysSoInEnglish()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?culture=en");

        Assert.Equal("No public comment on a tracked item is open now.", document.QuerySelector(".open-comments .empty")!.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelectorAll(".recent-changes li.glance-entry"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/last-visit.js']"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Dashboard_PastView_ShowsNoGlance()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?asof=2026-11-01");

        Assert.Null(document.QuerySelector(".glance"));
        Assert.Empty(document.QuerySelectorAll("[data-changed]")); // nothing in a past view is "new"
    }

    [Fact]
    public async Task Dashboard_ItemRows_CarryTheirLastChangeForTheNewMarks()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/");

        Assert.All(document.QuerySelectorAll("table.items tbody tr"), row => Assert.Equal("2026-11-24T00:30:00.000Z", row.GetAttribute("data-changed")));
    }

    private static Task AddCaseAsync(JapanAiGovFactory app, string caseId, string title, DateTimeOffset deadline, PublicCommentMatchState state) =>
        app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == Pipa);
            var seen = app.Time.GetUtcNow();
            var pc = new PublicCommentCase
            {
                CaseId = caseId, Title = title, Url = $"https://public-comment.e-gov.go.jp/pcm/detail?CLASSNAME=PCMMSTDETAIL&id={caseId}",
                Office = "個人情報保護委員会事務局", Deadline = deadline.ToUniversalTime(), FirstSeenAt = seen, LastSeenAt = seen, SeenAsConsultation = true,
            };
            pc.Matches.Add(new PublicCommentMatch { ItemId = item.Id, MatchedTerms = "個人情報", State = state, MatchedAt = seen });
            db.PublicCommentCases.Add(pc);
            await db.SaveChangesAsync();
        });
}
