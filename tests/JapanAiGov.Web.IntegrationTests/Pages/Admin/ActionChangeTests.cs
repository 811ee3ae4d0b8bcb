using System.Net;
using System.Text.Json;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

public sealed class ActionChangeTests
{
    private const string Slug = "pipa-amendment-ai-training";
    private const string Form = "/admin/items/" + Slug + "/action";

    [Fact]
    public async Task ChangeAction_SavesItemHistoryAlertAndAudit_AndEveryReaderShowsItAtOnce()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        app.Time.Advance(TimeSpan.FromHours(2));
        Assert.DoesNotContain((await client.GetDocumentAsync("/?action=Prepare")).QuerySelectorAll("table.items tbody tr"), r => r.TextContent.Contains("PIPA amendment", StringComparison.Ordinal));

        using var response = await client.PostFormAsync(Form, new()
        {
            ["Input.Level"] = "Prepare",
            ["Input.Reason"] = "The e-Gov text is out: draft the consent changes.",
            ["Input.ReasonJa"] = "e-Govに本文が掲載されました。同意に関する変更案を準備してください。",
            ["Input.Trigger"] = "The criteria for low-risk research are published.",
            ["Input.TriggerJa"] = "「低リスクの研究」の基準が公表されること。",
            ["Input.DueOn"] = "2027-01-31",
            ["Input.DueLabel"] = "comment deadline",
            ["Input.DueLabelJa"] = "意見募集の締切",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/items/" + Slug, response.Headers.Location!.ToString());
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == Slug);
            Assert.Equal(ActionLevel.Prepare, item.Action);
            Assert.Equal(app.Time.GetUtcNow(), item.ActionChangedAt);
            var change = await db.ActionChanges.Where(c => c.ItemId == item.Id).OrderByDescending(c => c.Id).FirstAsync();
            Assert.Equal(ActionLevel.Monitor, change.FromLevel);
            Assert.Equal(new DateOnly(2027, 1, 31), change.DueOn);
            var alert = await db.AlertEvents.SingleAsync();
            Assert.Equal(AlertEventKind.ActionChanged, alert.Kind);
            Assert.Equal(change.Id, alert.ActionChangeId);
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ActionChanged);
            Assert.Contains(audit.Changes, c => c.Field == "Action" && c.Old == "Monitor" && c.New == "Prepare");
        });

        var dashboard = await client.GetDocumentAsync("/?action=Prepare");
        var row = dashboard.QuerySelectorAll("table.items tbody tr").Single(r => r.TextContent.Contains("PIPA amendment", StringComparison.Ordinal));
        Assert.Contains("Prepare", row.QuerySelector(".action-prepare")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await client.GetDocumentAsync("/?action=Monitor,Act")).QuerySelectorAll("table.items tbody tr").Length);

        var page = await client.GetDocumentAsync("/items/" + Slug);
        var action = page.QuerySelector("section.action-level")!.TextContent;
        Assert.Contains("The e-Gov text is out: draft the consent changes.", action, StringComparison.Ordinal);
        Assert.Contains("The criteria for low-risk research are published.", action, StringComparison.Ordinal);
        Assert.Contains("comment deadline", action, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("section.action-level .action-entry").Length);

        var pageJa = await client.GetDocumentAsync("/items/" + Slug + "?culture=ja");
        var actionJa = pageJa.QuerySelector("section.action-level")!.TextContent;
        Assert.Contains("準備", actionJa, StringComparison.Ordinal);
        Assert.Contains("同意に関する変更案を準備してください。", actionJa, StringComparison.Ordinal);
        Assert.Contains("意見募集の締切", actionJa, StringComparison.Ordinal);

        using var items = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?action=Prepare"));
        var apiItem = items.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == Slug);
        Assert.Equal("Prepare", apiItem.GetProperty("action").GetString());
        Assert.Equal("The e-Gov text is out: draft the consent changes.", apiItem.GetProperty("actionReason").GetString());
        Assert.Equal("The criteria for low-risk research are published.", apiItem.GetProperty("actionTrigger").GetString());
        using var changes = JsonDocument.Parse(await client.GetStringAsync("/api/v1/changes?limit=1"));
        var apiChange = changes.RootElement.GetProperty("changes")[0];
        Assert.Equal("ActionChange", apiChange.GetProperty("kind").GetString());
        Assert.Equal("Monitor", apiChange.GetProperty("fromAction").GetString());
        Assert.Equal("Prepare", apiChange.GetProperty("toAction").GetString());

        var changesPage = await client.GetDocumentAsync("/changes?culture=en");
        Assert.Contains("The e-Gov text is out: draft the consent changes.", changesPage.QuerySelector("li.change-action")!.TextContent, StringComparison.Ordinal);
        var feed = await client.GetStringAsync("/feeds/changes.atom");
        Assert.Contains("action-change", feed, StringComparison.Ordinal);
        var csv = await client.GetStringAsync("/export.csv?action=Prepare");
        Assert.Contains(",Prepare,Prepare,false\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeededItems_EachCarryALevelReasonAndTriggerAttributedToTheirSource()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var items = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items"));

        var all = items.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, all.Count);
        Assert.All(all, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("actionReason").GetString())));
        Assert.All(all, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("actionReasonJa").GetString())));
        Assert.All(all, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("actionTrigger").GetString())));
        var pipa = all.Single(i => i.GetProperty("slug").GetString() == Slug);
        Assert.Equal("Monitor", pipa.GetProperty("action").GetString());
        Assert.StartsWith("The TJS AI brief:", pipa.GetProperty("actionReason").GetString(), StringComparison.Ordinal);
        var dashboardJa = await client.GetDocumentAsync("/?culture=ja");
        Assert.Equal(4, dashboardJa.QuerySelectorAll("table.items tbody td .badge[class*='action-']").Length);
        Assert.Contains("注視", dashboardJa.QuerySelector("table.items tbody .action-monitor")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Monitor", "Nothing new; keep watching the e-Gov text.", "", "", "Input.Level", "already at Monitor")]
    [InlineData("Prepare", "", "", "", "Input.Reason", "English, Japanese or both")]
    [InlineData("Prepare", "short", "", "", "Input.Reason", "10–2000 characters")]
    [InlineData("Prepare", "Draft the consent changes now.", "短い", "", "Input.ReasonJa", "10–2000 characters")]
    [InlineData("Prepare", "Draft the consent changes now.", "", "comment deadline", "Input.DueLabel", "needs the date")]
    public async Task ChangeAction_BreakingARule_IsRefusedNextToTheFieldAndNothingIsSaved(string level, string reason, string reasonJa, string dueLabel, string field, string message)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync(Form, new() { ["Input.Level"] = level, ["Input.Reason"] = reason, ["Input.ReasonJa"] = reasonJa, ["Input.DueLabel"] = dueLabel });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Contains(message, document.QuerySelector($"span.field-error[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(ActionLevel.Monitor, (await db.Items.SingleAsync(i => i.Slug == Slug)).Action);
            Assert.Equal(4, await db.ActionChanges.CountAsync());
            Assert.Equal(0, await db.AlertEvents.CountAsync());
            Assert.Equal(0, await db.AuditEntries.CountAsync());
        });
    }

    [Fact]
    public async Task ChangeAction_InJapanese_RefusesTheSameLevelInJapanese()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync(Form + "?culture=ja", new() { ["Input.Level"] = "Monitor", ["Input.ReasonJa"] = "引き続きe-Govの本文を注視します。" });

        var document = await response.ReadDocumentAsync();
        Assert.Contains("すでに「注視」です", document.QuerySelector("span.field-error[data-valmsg-for='Input.Level']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeAction_WhenAnotherEditorChangedItFirst_ShowsConflictKeepsTheInputAndSavesNothing()
    {
        await using var app = new JapanAiGovFactory();
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var secondForm = await second.GetDocumentAsync(Form);
        var staleVersion = secondForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Version']")!.Value;
        using var firstSave = await first.PostFormAsync(Form, new() { ["Input.Level"] = "Prepare", ["Input.Reason"] = "Draft the consent changes now." });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostFormAsync(Form, new()
        {
            ["Input.Level"] = "Prepare",
            ["Input.Reason"] = "Budget for the consent changes.",
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var document = await secondSave.ReadDocumentAsync();
        Assert.Contains("Another editor changed this item", document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("already", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Budget for the consent changes.", document.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());
        await app.WithDbAsync(async db => Assert.Equal(1, await db.AlertEvents.CountAsync()));
    }

    [Theory]
    [InlineData("en", "Soon", "There is no action level called 'Soon'")]
    [InlineData("ja", "Soon", "「Soon」という対応レベルはありません")]
    [InlineData("ja", "2", "「2」という対応レベルはありません")]
    public async Task Dashboard_UnknownActionLevel_IsIgnoredWithANoticeInTheReadersLanguage(string culture, string action, string notice)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var document = await client.GetDocumentAsync($"/?action={action}&culture={culture}");

        Assert.Contains(notice, document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll("table.items tbody tr").Length);
    }

    [Fact]
    public async Task Api_UnknownActionLevel_IsA400NamingTheLevels()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/items?action=Soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Monitor, Prepare, Act", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
