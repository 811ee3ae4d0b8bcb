using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

public sealed class StatusChangeTests
{
    private const string Pipa = "/admin/items/pipa-amendment-ai-training/status";
    private const string EGovEvidence = "https://laws.e-gov.go.jp/law/415AC0000000057";

    [Fact]
    public async Task ChangeStatus_ToConfirmedWithOfficialEvidence_SavesItemHistoryAlertAndAudit()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync();
            user.DisplayName = "Aiko Editor";
            await db.SaveChangesAsync();
        });
        app.Time.Advance(TimeSpan.FromHours(2));

        using var response = await client.PostFormAsync(Pipa, new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment was promulgated and its text is on e-Gov.",
            ["Input.EvidenceUrl"] = EGovEvidence,
            ["Input.EffectiveOn"] = "2027-01-17",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/items/pipa-amendment-ai-training", response.Headers.Location!.ToString());
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training");
            Assert.Equal(ItemStatus.Confirmed, item.Status);
            Assert.Equal(app.Time.GetUtcNow(), item.StatusChangedAt);
            var change = await db.StatusChanges.Where(c => c.ItemId == item.Id).OrderByDescending(c => c.Id).FirstAsync();
            Assert.Equal(ItemStatus.Reported, change.FromStatus);
            Assert.Equal(EGovEvidence, change.EvidenceUrl);
            Assert.Equal(new DateOnly(2027, 1, 17), change.EffectiveOn);
            Assert.Equal("Aiko Editor", change.ChangedBy);
            var alert = await db.AlertEvents.SingleAsync();
            Assert.Equal(AlertEventKind.StatusChanged, alert.Kind);
            Assert.Equal(change.Id, alert.StatusChangeId);
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.StatusChanged);
            Assert.Contains(audit.Changes, c => c.Field == "Status" && c.Old == "Reported" && c.New == "Confirmed");
        });

        var dashboard = await client.GetDocumentAsync("/?status=Confirmed");
        Assert.Contains(dashboard.QuerySelectorAll("table.items a"), a => a.TextContent.Contains("PIPA amendment", StringComparison.Ordinal));
        var page = await client.GetDocumentAsync("/items/pipa-amendment-ai-training");
        var latest = page.QuerySelector(".timeline-entry")!;
        Assert.Contains("Aiko Editor", latest.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EGovEvidence, latest.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Reported", "Still just press reports, nothing new.", "", "Input.NewStatus", "already Reported")]
    [InlineData("PendingMetiAnnex", "", "", "Input.Reason", "Give a reason")]
    [InlineData("PendingMetiAnnex", "short", "", "Input.Reason", "10–2000 characters")]
    [InlineData("Confirmed", "Promulgated and published on e-Gov.", "", "Input.EvidenceUrl", "official source")]
    [InlineData("Confirmed", "Promulgated and published on e-Gov.", "https://www.theregister.com/2026/04/07/japan/", "Input.EvidenceUrl", "not https://www.theregister.com")]
    [InlineData("Confirmed", "Promulgated and published on e-Gov.", "http://laws.e-gov.go.jp/law/415AC0000000057", "Input.EvidenceUrl", "https link")]
    [InlineData("Confirmed", "Promulgated and published on e-Gov.", "javascript:alert(1)", "Input.EvidenceUrl", "full http(s) URL")]
    public async Task ChangeStatus_BreakingARule_IsRefusedNextToTheFieldAndNothingIsSaved(string status, string reason, string evidence, string field, string message)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync(Pipa, new() { ["Input.NewStatus"] = status, ["Input.Reason"] = reason, ["Input.EvidenceUrl"] = evidence });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        var fieldError = document.QuerySelector($"span.field-error[data-valmsg-for='{field}']")!;
        Assert.Contains(message, fieldError.TextContent, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(ItemStatus.Reported, (await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training")).Status);
            Assert.Equal(4, await db.StatusChanges.CountAsync());
            Assert.Equal(0, await db.AlertEvents.CountAsync());
            Assert.Equal(0, await db.AuditEntries.CountAsync());
        });
    }

    [Fact]
    public async Task ChangeStatus_WhenAnotherEditorChangedItFirst_ShowsConflictAndSavesNothing()
    {
        await using var app = new JapanAiGovFactory();
        var (second, staleVersion) = await SecondEditorWithAStaleFormAsync(app);
        using var secondSave = await second.PostFormAsync(Pipa, new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "Promulgated and published on e-Gov.",
            ["Input.EvidenceUrl"] = EGovEvidence,
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var document = await secondSave.ReadDocumentAsync();
        Assert.Contains("Another editor changed this item", document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Promulgated and published on e-Gov.", document.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(ItemStatus.PendingMetiAnnex, (await db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training")).Status);
            Assert.Equal(1, await db.AlertEvents.CountAsync());
        });
    }

    [Fact]
    public async Task ChangeStatus_WhenAnotherEditorMadeTheSameChangeFirst_ShowsConflictNotAlreadyInThatStatus()
    {
        await using var app = new JapanAiGovFactory();
        var (second, staleVersion) = await SecondEditorWithAStaleFormAsync(app);
        using var secondSave = await second.PostFormAsync(Pipa, new()
        {
            ["Input.NewStatus"] = "PendingMetiAnnex",
            ["Input.Reason"] = "Adopted in principle; annexes pending.",
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var document = await secondSave.ReadDocumentAsync();
        Assert.Contains("Another editor changed this item", document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("already", document.Body!.TextContent, StringComparison.Ordinal);
        await app.WithDbAsync(async db => Assert.Equal(1, await db.AlertEvents.CountAsync()));
    }

    /// <summary>Two editors open the status form; the first moves the item to Pending METI annex. Returns the second and the version on its form.</summary>
    private static async Task<(HttpClient Second, string StaleVersion)> SecondEditorWithAStaleFormAsync(JapanAiGovFactory app)
    {
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var secondForm = await second.GetDocumentAsync(Pipa);
        var staleVersion = secondForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Version']")!.Value;

        using var firstSave = await first.PostFormAsync(Pipa, new() { ["Input.NewStatus"] = "PendingMetiAnnex", ["Input.Reason"] = "Criteria deferred to METI annexes." });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        return (second, staleVersion);
    }

    [Fact]
    public async Task StatusForm_WithQueryPrefill_ShowsEvidenceAndStatus()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var document = await client.GetDocumentAsync($"{Pipa}?status=Confirmed&evidence={Uri.EscapeDataString(EGovEvidence)}");

        Assert.Equal(EGovEvidence, document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.EvidenceUrl']")!.Value);
        Assert.Equal("Confirmed", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.NewStatus']:checked")!.Value);
    }

    [Fact]
    public async Task ChangeStatus_FromLegislativeUpdate_MarksTheUpdateApplied()
    {
        await using var app = new JapanAiGovFactory();
        var updateId = await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), app.Time.GetUtcNow());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var url = $"{Pipa}?status=Confirmed&evidence={Uri.EscapeDataString(EGovEvidence)}&update={updateId}";
        Assert.Contains($"#{updateId}", (await client.GetDocumentAsync(url)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        using var response = await client.PostFormAsync(url, new() { ["Input.Reason"] = "The amendment's text is now published on e-Gov." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var update = await app.WithDbAsync(db => db.LegislativeUpdates.SingleAsync(u => u.Id == updateId));
        Assert.Equal(JapanAiGov.Web.Polling.LegislativeUpdateState.Applied, update.State);
        Assert.Equal(app.Time.GetUtcNow(), update.AppliedAt);
    }

    [Fact]
    public async Task StatusForm_ForUnknownItem_Is404()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        await client.GetDocumentAsync("/admin/items/no-such-item/status", HttpStatusCode.NotFound);
    }
}
