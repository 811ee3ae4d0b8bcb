using System.Net;
using System.Text.Json;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Alerts.Channels;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Corrections;

/// <summary>
/// Retracting a status change made in error (issue 23): the change stays, marked; the item goes back; and exactly
/// those who were told of it get one correction each, in their language — digest readers at once too.
/// </summary>
public sealed class CorrectionTests
{
    private const string Slug = AlertTestExtensions.PipaSlug;
    private const string RetractPath = $"/admin/items/{Slug}/status/retract";
    private const string RetractionReason = "Published in error: the e-Gov text is the draft, not the promulgated law.";

    [Fact]
    public async Task Retraction_SendsOneCorrection_ToEachWhoWasTold_InTheirLanguage_AndNoOneElse()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("all@example.org");
        await app.AddSubscriptionAsync("ja@example.org", SubscriptionScope.Item, itemSlug: Slug, language: "ja");
        var (goneId, _) = await app.AddSubscriptionAsync("gone@example.org");
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);
        await app.AddSubscriptionAsync("other@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PenaltiesSlug);

        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed, "The amendment text is on e-Gov.");
        Assert.Equal(3, (await app.DispatchAsync()).Sent);

        // The next day in Japan: the digest of the change goes out; one immediate subscriber leaves; one arrives.
        app.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.Contains("PIPA amendment", Assert.Single(smtp.To("digest@example.org")).TextOf(), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == goneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribedAt, app.Time.GetUtcNow())));
        await app.AddSubscriptionAsync("later@example.org");

        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var retracted = await client.PostFormAsync($"/admin/items/{Slug}/status", new() { ["Input.Reason"] = RetractionReason }, "form[action$='/status/retract']");
        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);

        var result = await app.DispatchAsync();
        Assert.Equal(3, result.Sent);
        var english = Assert.Single(smtp.To("all@example.org").Skip(1));
        Assert.StartsWith("Correction: [JapanAiGov] PIPA amendment", english.Subject, StringComparison.Ordinal);
        Assert.Contains("We said PIPA amendment", english.TextOf(), StringComparison.Ordinal);
        Assert.Contains("had become Confirmed. That was wrong.", english.TextOf(), StringComparison.Ordinal);
        Assert.Contains("It is Reported, as it was before that change.", english.TextOf(), StringComparison.Ordinal);
        Assert.Contains(RetractionReason, english.TextOf(), StringComparison.Ordinal);
        Assert.Contains("http://localhost/items/" + Slug, english.TextOf(), StringComparison.Ordinal);
        var japanese = Assert.Single(smtp.To("ja@example.org").Skip(1));
        Assert.StartsWith("【訂正】【JapanAiGov】", japanese.Subject, StringComparison.Ordinal);
        Assert.Contains("これは誤りでした", japanese.TextOf(), StringComparison.Ordinal);
        Assert.StartsWith("Correction: ", smtp.To("digest@example.org")[^1].Subject, StringComparison.Ordinal);
        Assert.Equal(2, smtp.To("digest@example.org").Count);
        Assert.Single(smtp.To("gone@example.org"));
        Assert.Empty(smtp.To("later@example.org"));
        Assert.Empty(smtp.To("other@example.org"));

        // Nothing more on later passes, nor in the next day's digest.
        app.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        Assert.Equal(7, smtp.Messages.Count);
    }

    [Fact]
    public async Task Retraction_ReachesTheWebhookSlackAndTeamsDestinationsThatWereTold_OnTheirChannel()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await Alerts.Channels.ChannelDeliveryTests.AddAsync(app, "webhook", receiver.Url("hook"));
        await Alerts.Channels.ChannelDeliveryTests.AddAsync(app, "slack", receiver.Url("slack"), "--language", "ja");
        await Alerts.Channels.ChannelDeliveryTests.AddAsync(app, "teams", receiver.Url("other"), "--item", AlertTestExtensions.PenaltiesSlug);
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        await app.DispatchAsync();
        await Alerts.Channels.ChannelDeliveryTests.AddAsync(app, "webhook", receiver.Url("later"));

        // Slack is paced at one message a second per destination, on the app's clock.
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });
        await app.DispatchAsync();
        await app.DispatchAsync();

        var hooks = receiver.To("hook");
        Assert.Equal(2, hooks.Count);
        Assert.NotEqual(hooks[0].Headers["webhook-id"], hooks[1].Headers["webhook-id"]);
        using (var payload = JsonDocument.Parse(hooks[1].Body))
        {
            Assert.Equal("item.status_change_retracted", payload.RootElement.GetProperty("type").GetString());
            Assert.Equal(RetractionReason, payload.RootElement.GetProperty("data").GetProperty("retraction_reason").GetString());
        }

        Assert.Equal(2, receiver.To("slack").Count);
        Assert.Contains("【訂正】", receiver.To("slack")[1].Body, StringComparison.Ordinal);
        Assert.Empty(receiver.To("other"));
        Assert.Empty(receiver.To("later"));
    }

    [Fact]
    public async Task Retraction_KeepsTheChangeMarked_OnTheItemPage_Changes_Api_Feed_AndInTheAsOfView()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed, "The amendment text is on e-Gov.");
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });

        var item = await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == Slug));
        Assert.Equal(ItemStatus.Reported, item.Status);
        var change = await app.WithDbAsync(db => db.StatusChanges.Where(c => c.ItemId == item.Id).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal(ItemStatus.Confirmed, change.ToStatus);
        Assert.Equal(RetractionReason, change.RetractionReason);
        Assert.Equal(app.Time.GetUtcNow(), change.RetractedAt);

        var reader = app.CreateClient();
        var page = await reader.GetDocumentAsync("/items/" + Slug);
        var entry = page.QuerySelector($"#status-change-{change.Id}")!;
        Assert.Contains("retracted", entry.ClassList);
        Assert.Contains(RetractionReason, entry.QuerySelector(".retraction-note")!.TextContent, StringComparison.Ordinal);

        var changes = await reader.GetDocumentAsync("/changes");
        Assert.NotNull(changes.QuerySelector($"#correction-{change.Id}"));
        Assert.Contains("retracted", changes.QuerySelector($"#status-change-{change.Id}")!.ClassList);

        using var api = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/changes"));
        var entries = api.RootElement.GetProperty("changes").EnumerateArray().ToList();
        var correction = entries.Single(e => e.GetProperty("kind").GetString() == "Correction");
        Assert.Equal(RetractionReason, correction.GetProperty("retractionReason").GetString());
        var original = entries.Single(e => e.GetProperty("id").GetString() == $"tag:japanaigov,2026:status-change/{change.Id}");
        Assert.True(original.GetProperty("retracted").GetBoolean());
        Assert.Equal(RetractionReason, original.GetProperty("retractionReason").GetString());

        var feed = await reader.GetStringAsync("/feeds/changes.atom");
        Assert.Contains($"tag:japanaigov,2026:correction/{change.Id}", feed, StringComparison.Ordinal);
        var originalEntry = System.Xml.Linq.XDocument.Parse(feed).Root!.Elements("{http://www.w3.org/2005/Atom}entry")
            .Single(e => e.Element("{http://www.w3.org/2005/Atom}id")!.Value == $"tag:japanaigov,2026:status-change/{change.Id}");
        Assert.StartsWith("2026-11-26T03:00:00", originalEntry.Element("{http://www.w3.org/2005/Atom}updated")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("2026-11-24T03:00:00", originalEntry.Element("{http://www.w3.org/2005/Atom}published")!.Value, StringComparison.Ordinal);

        // 24 November (JST) showed what was published then, marked; 26 November shows the correction in force.
        var before = await reader.GetDocumentAsync($"/?asof=2026-11-24&status=Confirmed");
        var row = before.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/items/{Slug}']") is not null);
        Assert.NotNull(row.QuerySelector(".later-retracted"));
        var after = await reader.GetDocumentAsync($"/?asof=2026-11-26&status=Confirmed");
        Assert.DoesNotContain(after.QuerySelectorAll("tbody tr a"), a => a.GetAttribute("href") == "/items/" + Slug);
    }

    [Fact]
    public async Task SecondRetraction_OfTheSameChange_IsRefusedClearly_AndAFirstStatusCannotBeRetracted()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        var first = await app.CreateSignedInClientAsync(Roles.Editor, "first@example.org");
        var second = await app.CreateSignedInClientAsync(Roles.Editor, "second@example.org");
        var form = await second.OpenFormAsync(RetractPath);

        using var won = await first.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        using var lost = await second.SubmitAsync(form, new() { ["Input.Reason"] = "Also wrong, I was about to say the same." });
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await lost.ReadDocumentAsync();
        Assert.Contains("was already retracted", page.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(1, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.Kind == AlertEventKind.Correction)));
        Assert.Equal(ItemStatus.Reported, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync()));

        // Now the newest change is the retracted one: the form says so and offers nothing to post.
        var again = await first.GetDocumentAsync(RetractPath);
        Assert.Null(again.QuerySelector("form[action$='/status/retract']"));
        Assert.Contains("Retracted on", again.QuerySelector(".retract")!.TextContent, StringComparison.Ordinal);

        // Missing reason: refused, nothing changes.
        await using var fresh = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await fresh.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        var editor = await fresh.CreateSignedInClientAsync(Roles.Editor);
        using var empty = await editor.PostFormAsync(RetractPath, new() { ["Input.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Give a reason", (await empty.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Confirmed, await fresh.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Retraction_RacingAnotherEditorsStatusChange_OneWins_TheOtherSeesTheConflict()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        var retracter = await app.CreateSignedInClientAsync(Roles.Editor, "retracter@example.org");
        var changer = await app.CreateSignedInClientAsync(Roles.Editor, "changer@example.org");
        var retractForm = await retracter.OpenFormAsync(RetractPath);
        var statusForm = await changer.OpenFormAsync($"/admin/items/{Slug}/status");

        using var changed = await changer.SubmitAsync(statusForm, new() { ["Input.NewStatus"] = nameof(ItemStatus.PendingMetiAnnex), ["Input.Reason"] = "Adopted in principle; awaiting the METI annexes." });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var retracted = await retracter.SubmitAsync(retractForm, new() { ["Input.Reason"] = RetractionReason });
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.Contains("Someone else changed this item", (await retracted.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(ItemStatus.PendingMetiAnnex, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.RetractedAt != null)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.Kind == AlertEventKind.Correction)));
    }

    [Fact]
    public async Task RetractionBeforeTheFanOut_SendsNeitherTheChangeNorACorrection()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("all@example.org");
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });

        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        app.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        Assert.Empty(smtp.Messages);
        Assert.All(await app.WithDbAsync(db => db.AlertEvents.ToListAsync()), e => Assert.NotNull(e.FannedOutAt));
    }

    [Fact]
    public async Task RetractionAfterTheFanOut_BeforeTheSend_CancelsTheAlert_AndSendsNoCorrection()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("all@example.org");
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        Assert.Equal(1, await app.FanOutAsync());
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });

        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        Assert.Empty(smtp.Messages);
        var deliveries = await app.DeliveriesAsync();
        Assert.Equal(DeliveryStatus.Cancelled, Assert.Single(deliveries).Status);
    }

    [Fact]
    public async Task CorrectionWaits_WhileTheRetractedChangesAlertIsInASendersHands()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("all@example.org");
        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        Assert.Equal(1, await app.FanOutAsync());

        // A sender (of a dead instance, say) holds the delivery under a lease: it may yet go out.
        var leaseUntil = app.Time.GetUtcNow().AddMinutes(1);
        await app.WithDbAsync(db => db.Deliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, "elsewhere").SetProperty(d => d.LeaseUntil, leaseUntil)));
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });

        Assert.Equal(0, await app.FanOutAsync());
        Assert.Null(await app.WithDbAsync(db => db.AlertEvents.Where(e => e.Kind == AlertEventKind.Correction).Select(e => e.FannedOutAt).SingleAsync()));

        // It went out after all (composed before the retraction): that subscriber was told, so gets the correction.
        var sentAt = app.Time.GetUtcNow();
        await app.WithDbAsync(db => db.Deliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Sent).SetProperty(d => d.SentAt, sentAt).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null)));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.StartsWith("Correction: ", Assert.Single(smtp.Messages).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrashBetweenRetractionAndFanOut_TheCorrectionStillGoesOutOnce()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var first = smtp.CreateAppWithoutDispatcher();
        await first.AddSubscriptionAsync("all@example.org");
        await first.ChangeStatusAsync(Slug, ItemStatus.Confirmed);
        Assert.Equal(1, (await first.DispatchAsync()).Sent);
        var client = await first.CreateSignedInClientAsync(Roles.Editor);
        using var _ = await client.PostFormAsync(RetractPath, new() { ["Input.Reason"] = RetractionReason });

        // The instance that took the retraction runs no pass again (it crashed); another on the same database sends
        // the correction from the outbox, once, however often it runs.
        await using var second = smtp.CreateAppWithoutDispatcher(new() { ["ConnectionStrings:Default"] = $"Data Source={first.DatabasePath}" });
        second.Time.SetUtcNow(first.Time.GetUtcNow());
        Assert.Equal(1, (await second.DispatchAsync()).Sent);
        Assert.Equal(0, (await second.DispatchAsync()).Sent);
        Assert.Equal(0, (await first.DispatchAsync()).Sent);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.StartsWith("Correction: ", smtp.Messages[^1].Subject, StringComparison.Ordinal);
    }
}
