using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Diet;

/// <summary>
/// The Diet bill watch against a loopback House site serving Shift_JIS pages: matched bills reach the editors' inbox
/// with their stage and dates, unmatched ones only the "seen" list; the site moving on shows enactment and promulgation
/// with the law number; a later blank page erases nothing; repeated passes change nothing; nothing changes an item.
/// </summary>
public sealed class DietWatcherTests
{
    private const string PipaSlug = "pipa-amendment-ai-training";
    private const string List = FakeHouseServer.Gian + "menu.htm";
    private const string PipaKeika = FakeHouseServer.Gian + "keika/PIPA54.htm";

    private static readonly HousePages.Row Unmatched = new("閣法", 221, 2, "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法の一部を改正する法律案", "成立", "OTHER2");
    private static readonly HousePages.Row Budget = new("予算", 221, 1, "令和八年度一般会計予算", "両院承認", null);

    [Fact]
    public async Task Poll_MatchedBill_IsInTheInboxWithItsStageAndDates_UnmatchedOnlyInTheSeenList()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        ServePipa(house, step: 2, status: "参議院で審議中");

        var (code, output, _) = await RunAsync(app, "poll");

        Assert.Equal(0, code);
        Assert.Contains("Diet bills, pass", output, StringComparison.Ordinal);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var inbox = await client.GetDocumentAsync("/admin/legislation");
        var card = Assert.Single(inbox.QuerySelectorAll("article.diet-bill-card"));
        Assert.Equal("閣法-221-54", card.GetAttribute("data-bill"));
        Assert.Contains("Passed the House of Representatives", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-05-26", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/keika/PIPA54.htm", card.QuerySelector("a[href^='https://www.shugiin.go.jp/']")!.GetAttribute("href"));

        var seen = await client.GetDocumentAsync("/admin/legislation/diet?show=unmatched");
        var row = Assert.Single(seen.QuerySelectorAll("tr.diet-bill-row"));
        Assert.Equal("閣法-221-2", row.GetAttribute("data-bill"));
        Assert.Equal(2, await app.WithDbAsync(db => db.DietBills.CountAsync()));
        Assert.DoesNotContain(house.Requests, path => path.EndsWith("OTHER2.htm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_SiteMovesOn_ShowsPromulgationAndLawNumber_KeepsFactsWhenALaterPageIsBlank_NeverChangesTheItem()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        var statusBefore = await app.WithDbAsync(db => db.Items.Where(i => i.Slug == PipaSlug).Select(i => new { i.Status, i.Version }).SingleAsync());
        ServePipa(house, step: 2, status: "参議院で審議中");
        await PollAsync(app);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var billId = await app.WithDbAsync(db => db.DietBills.Where(b => b.Number == 54).Select(b => b.Id).SingleAsync());
        var confirm = await client.PostFormAsync($"/admin/legislation/diet/{billId}", [], "form[action*='handler=confirm']");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        ServePipa(house, step: 4, status: "成立");
        await PollAsync(app);

        var bill = await app.WithDbAsync(db => db.DietBills.SingleAsync(b => b.Id == billId));
        Assert.Equal(DietBillStage.Promulgated, bill.Stage);
        Assert.Equal(new DateOnly(2026, 7, 17), bill.StageDate());
        var page = await client.GetDocumentAsync($"/admin/legislation/diet/{billId}");
        Assert.Contains("令和八年法律第五十六号", page.QuerySelector("dl.diet-bill")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Submitted", "InCommittee", "PassedRepresentatives", "PassedCouncillors", "Enacted", "Promulgated"],
            page.QuerySelectorAll("ol.diet-timeline li").Select(li => li.GetAttribute("data-stage")));
        var steps = await app.WithDbAsync(db => db.DietBillSteps.OrderBy(s => s.Id).Select(s => s.Stage).ToListAsync());
        Assert.Equal([DietBillStage.PassedRepresentatives, DietBillStage.Promulgated], steps);

        // A later session's page (a carried-over bill's new page) blank where the first one had facts: nothing is erased.
        house.SetPage(PipaKeika, HousePages.Progress("閣法", 221, 54, HousePages.Pipa, new Dictionary<string, string>()));
        await PollAsync(app);

        var after = await app.WithDbAsync(db => db.DietBills.SingleAsync(b => b.Id == billId));
        Assert.Equal(DietBillStage.Promulgated, after.Stage);
        Assert.Equal("令和 8年 7月17日", after.FactsByLabel["公布年月日"]);
        Assert.Equal("56", after.FactsByLabel["法律番号"]);
        Assert.Equal(2, await app.WithDbAsync(db => db.DietBillSteps.CountAsync()));
        var statusAfter = await app.WithDbAsync(db => db.Items.Where(i => i.Slug == PipaSlug).Select(i => new { i.Status, i.Version }).SingleAsync());
        Assert.Equal(statusBefore, statusAfter);
        Assert.Equal(ItemStatus.Reported, statusAfter.Status);
    }

    [Fact]
    public async Task Confirm_MakesTheStagePublic_InTheItemPageApiChangesAndAnAlertEvent()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        ServePipa(house, step: 4, status: "成立");
        await PollAsync(app);
        var anonymous = app.CreateClient();
        var before = await anonymous.GetDocumentAsync($"/items/{PipaSlug}");
        Assert.Null(before.QuerySelector(".item-diet-bills"));

        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var billId = await app.WithDbAsync(db => db.DietBills.Where(b => b.Number == 54).Select(b => b.Id).SingleAsync());
        await client.PostFormAsync($"/admin/legislation/diet/{billId}", [], "form[action*='handler=confirm']");

        var item = await anonymous.GetDocumentAsync($"/items/{PipaSlug}");
        var shown = Assert.Single(item.QuerySelectorAll("li.diet-bill"));
        Assert.Equal("Promulgated", shown.GetAttribute("data-stage"));
        var api = await anonymous.GetStringAsync($"/api/v1/items/{PipaSlug}");
        Assert.Contains("\"lawNumber\":\"令和八年法律第五十六号\"", api, StringComparison.Ordinal);
        var changes = await anonymous.GetStringAsync("/api/v1/changes");
        Assert.Contains("\"billKey\":\"閣法-221-54\"", changes, StringComparison.Ordinal);
        var calendar = await anonymous.GetStringAsync("/calendar.ics");
        Assert.Contains("DTSTART;VALUE=DATE:20260717", calendar, StringComparison.Ordinal);
        var alert = Assert.Single(await app.WithDbAsync(db => db.AlertEvents.Where(e => e.Kind == AlertEventKind.DietBillStep).ToListAsync()));
        Assert.Equal(await app.WithDbAsync(db => db.Items.Where(i => i.Slug == PipaSlug).Select(i => i.Id).SingleAsync()), alert.ItemId);
    }

    [Fact]
    public async Task ConfirmedStage_ReachesTheItemsSubscribers_ByEmail_InTheirLanguage()
    {
        // Found while adding corrections: the alert composer read each event's link column by column and left the
        // Diet step's out, so a bill's stage was queued for every subscriber and then dropped as "nothing to send".
        await using var house = await FakeHouseServer.StartAsync();
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var settings = house.Settings();
        foreach (var (key, value) in smtp.Settings())
        {
            settings[key] = value;
        }

        settings["Alerts:DispatcherEnabled"] = "false";
        await using var app = new JapanAiGovFactory(settings);
        await app.AddSubscriptionAsync("ja@example.org", SubscriptionScope.Item, itemSlug: PipaSlug, language: "ja");
        ServePipa(house, step: 4, status: "成立");
        await PollAsync(app);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var billId = await app.WithDbAsync(db => db.DietBills.Where(b => b.Number == 54).Select(b => b.Id).SingleAsync());
        await client.PostFormAsync($"/admin/legislation/diet/{billId}", [], "form[action*='handler=confirm']");

        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var message = Assert.Single(smtp.To("ja@example.org"));
        Assert.Contains("閣法-221-54", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("公布", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_TwoEditorsAtOnce_OneDecisionOneAlert()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        ServePipa(house, step: 4, status: "成立");
        await PollAsync(app);
        var billId = await app.WithDbAsync(db => db.DietBills.Where(b => b.Number == 54).Select(b => b.Id).SingleAsync());
        var first = await app.CreateSignedInClientAsync(Roles.Editor, "one@example.org");
        var second = await app.CreateSignedInClientAsync(Roles.Editor, "two@example.org");
        var forms = await Task.WhenAll(
            first.OpenFormAsync($"/admin/legislation/diet/{billId}", "form[action*='handler=confirm']"),
            second.OpenFormAsync($"/admin/legislation/diet/{billId}", "form[action*='handler=dismiss']"));

        var answers = await Task.WhenAll(first.SubmitAsync(forms[0], []), second.SubmitAsync(forms[1], []));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers, a => a.Headers.Location!.ToString().EndsWith("done=already", StringComparison.Ordinal));
        var state = await app.WithDbAsync(db => db.DietBillMatches.Select(m => m.State).SingleAsync());
        var events = await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.Kind == AlertEventKind.DietBillStep));
        Assert.Equal(state == DietBillMatchState.Confirmed ? 1 : 0, events);
    }

    [Fact]
    public async Task Poll_Twice_ChangesNothingTheSecondTime()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        ServePipa(house, step: 3, status: "成立");
        await PollAsync(app);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var billId = await app.WithDbAsync(db => db.DietBills.Where(b => b.Number == 54).Select(b => b.Id).SingleAsync());
        await client.PostFormAsync($"/admin/legislation/diet/{billId}", [], "form[action*='handler=confirm']");
        var before = await CountsAsync(app);

        await PollAsync(app);

        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal(DietBillStage.Enacted, await app.WithDbAsync(db => db.DietBills.Where(b => b.Id == billId).Select(b => b.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Poll_RealSamplesInShiftJis_ReadsTheListAndTheProgressPage()
    {
        await using var house = await FakeHouseServer.StartAsync();
        var settings = house.Settings();
        settings["Diet:Sessions:0"] = "221";
        await using var app = new JapanAiGovFactory(settings);

        // The real list excerpt (衆法 221-1 to 3) as the current session; the real progress page (閣法 221-2) listed in session 221.
        house.SetBytes(List, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "diet", "shugiin-kaiji221-list-excerpt.htm")));
        house.SetPage(FakeHouseServer.Gian + "kaiji221.htm", HousePages.List(221, Unmatched with { KeikaId = "1DE14D2" }));
        house.SetBytes(FakeHouseServer.Gian + "keika/1DE14D2.htm", await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "diet", "shugiin-keika-1DE14D2.htm")));
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "profit-based-penalties");
            db.WatchRules.Add(new WatchRule { ItemId = item.Id, AllTerms = "東日本大震災", CoversPublicComments = false, CoversDietBills = true, CreatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        });

        var run = await PollAsync(app);

        var bills = await app.WithDbAsync(db => db.DietBills.OrderBy(b => b.Kind).ThenBy(b => b.Number).ToListAsync());
        Assert.Equal(["衆法-221-1", "衆法-221-3", "衆法-221-4", "閣法-221-2"], bills.Select(b => b.Key.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains(bills, b => b.Title == "政治資金規正法の一部を改正する法律案" && b.StatusText == "衆議院で閉会中審査");
        var matched = await app.WithDbAsync(db => db.DietBills.Include(b => b.Matches).SingleAsync(b => b.Matches.Count > 0));
        Assert.Equal("閣法-221-2", matched.Key.ToString());
        Assert.NotEqual(DietBillStage.Unknown, matched.Stage);
        Assert.Contains(matched.Facts, f => f.Label == "議案提出者" && f.Value == "内閣");
        Assert.Null(matched.Problem);
        Assert.Equal(2, run.PagesRead);
        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("hang")]
    [InlineData("truncated")]
    [InlineData("no-table")]
    [InlineData("garbage")]
    [InlineData("endless")]
    public async Task Poll_BrokenProgressPage_FailsThatBillWithAProblem_KeepingWhatWasKnown(string fault)
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        ServePipa(house, step: 2, status: "参議院で審議中");
        await PollAsync(app);
        var known = await app.WithDbAsync(db => db.DietBills.SingleAsync(b => b.Number == 54));

        var full = HousePages.Progress("閣法", 221, 54, HousePages.Pipa, HousePages.PipaFacts(4));
        switch (fault)
        {
            case "500":
                house.Fail(PipaKeika, HttpStatusCode.InternalServerError);
                break;
            case "hang":
                house.Hang(PipaKeika);
                break;
            case "truncated":
                house.SetPage(PipaKeika, full[..(full.IndexOf("議案件名", StringComparison.Ordinal) - 40)]);
                break;
            case "endless":
                house.Flood(PipaKeika);
                break;
            case "no-table":
                house.SetPage(PipaKeika, "<html><head><meta charset=\"Shift_JIS\"></head><body><p>メンテナンス中です。</p></body></html>");
                break;
            default:
                house.SetBytes(PipaKeika, [0x82, 0xA0, 0x00, 0xFF, 0xFE, 0x3C, 0x74, 0x61]);
                break;
        }

        // The resilience timeouts run on the injected (fake) clock: a hanging page needs the clock to move on.
        var run = fault == "hang"
            ? await app.WhileTimePassesAsync(PollAsync(app), TimeSpan.FromMilliseconds(500))
            : await PollAsync(app);

        var bill = await app.WithDbAsync(db => db.DietBills.SingleAsync(b => b.Number == 54));
        Assert.Equal(PollOutcome.PartiallyFailed, run.Outcome);
        Assert.NotNull(bill.Problem);
        Assert.Contains("閣法-221-54", run.Error, StringComparison.Ordinal);
        Assert.Equal(known.FactsJson, bill.FactsJson);
        Assert.Equal(known.Stage, bill.Stage);
        if (fault == "endless")
        {
            Assert.Contains("larger than", bill.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Poll_ListAnswers500_IsAFailedRunAndTheAppCarriesOn()
    {
        await using var house = await FakeHouseServer.StartAsync();
        await using var app = new JapanAiGovFactory(house.Settings());
        house.Fail(List, HttpStatusCode.InternalServerError);

        var run = await PollAsync(app);

        Assert.Equal(PollOutcome.Failed, run.Outcome);
        Assert.Contains("500", run.Error, StringComparison.Ordinal);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var poller = await client.GetDocumentAsync("/admin/poller");
        Assert.Contains(poller.QuerySelectorAll("tr.source-run[data-source='diet-bills']"), r => r.ClassList.Contains("outcome-failed"));
    }

    private static void ServePipa(FakeHouseServer house, int step, string status)
    {
        house.SetPage(List, HousePages.List(221, new HousePages.Row("閣法", 221, 54, HousePages.Pipa, status, "PIPA54"), Unmatched, Budget));
        house.SetPage(PipaKeika, HousePages.Progress("閣法", 221, 54, HousePages.Pipa, HousePages.PipaFacts(step)));
    }

    private static async Task<DietRun> PollAsync(JapanAiGovFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DietWatcher>().RunOnceAsync(PollTrigger.Command, CancellationToken.None)
            ?? throw new InvalidOperationException("The Diet lease was held.");
    }

    private static Task<(int Bills, int Matches, int Steps, int Events, string Facts)> CountsAsync(JapanAiGovFactory app) =>
        app.WithDbAsync(async db => (
            await db.DietBills.CountAsync(),
            await db.DietBillMatches.CountAsync(),
            await db.DietBillSteps.CountAsync(),
            await db.AlertEvents.CountAsync(),
            string.Join("|", await db.DietBills.OrderBy(b => b.Id).Select(b => b.FactsJson).ToListAsync())));

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(JapanAiGovFactory app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
