using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

public sealed class AlertDispatcherTests
{
    private static JapanAiGovFactory CreateApp(LoopbackSmtpServer smtp, Dictionary<string, string?>? extra = null) => smtp.CreateAppWithoutDispatcher(extra);

    [Fact]
    public async Task StatusChange_ReachesExactlyTheMatchingConfirmedSubscribers()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var (allId, _) = await app.AddSubscriptionAsync("all@example.org");
        var (itemId, _) = await app.AddSubscriptionAsync("item@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PipaSlug);
        await app.AddSubscriptionAsync("topic@example.org", SubscriptionScope.Topic, topic: "privacy");
        await app.AddSubscriptionAsync("other-item@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PenaltiesSlug);
        await app.AddSubscriptionAsync("other-topic@example.org", SubscriptionScope.Topic, topic: "enforcement");
        await app.AddSubscriptionAsync("unconfirmed@example.org", confirmed: false);
        await app.AddSubscriptionAsync("gone@example.org", unsubscribed: true);
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);

        var eventId = await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed, "The amendment text is on e-Gov.");
        var result = await app.DispatchAsync();

        Assert.Equal(3, result.Sent);
        var messages = smtp.Messages;
        Assert.Equal(
            ["all@example.org", "item@example.org", "topic@example.org"],
            messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var toAll = Assert.Single(smtp.To("all@example.org"));
        Assert.Equal("[JapanAiGov] PIPA amendment: AI training on personal data without opt-in: Reported → Confirmed", toAll.Subject);
        Assert.Equal($"alert.{eventId}.{allId}@localhost", toAll.MessageId);
        Assert.NotNull(toAll.HtmlBody);
        var text = toAll.TextOf();
        Assert.Contains("Status: Reported → Confirmed", text, StringComparison.Ordinal);
        Assert.Contains("Reason: The amendment text is on e-Gov.", text, StringComparison.Ordinal);
        Assert.Contains($"Evidence: {AlertTestExtensions.OfficialEvidence}", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost/items/pipa-amendment-ai-training", text, StringComparison.Ordinal);
        Assert.Contains("Why you got this: you subscribed to alerts about every item JapanAiGov tracks.", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost/alerts/unsubscribe/", text, StringComparison.Ordinal);
        Assert.Contains("the item “PIPA amendment", Assert.Single(smtp.To("item@example.org")).TextOf(), StringComparison.Ordinal);
        Assert.Contains("the topic “privacy”", Assert.Single(smtp.To("topic@example.org")).TextOf(), StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/items/pipa-amendment-ai-training\"", toAll.HtmlBody, StringComparison.Ordinal);

        var again = await app.DispatchAsync();
        Assert.Equal(0, again.Sent + again.Queued);
        Assert.Equal(3, smtp.Messages.Count);
        var deliveries = await app.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Contains(deliveries, d => d.SubscriptionId == itemId);
    }

    [Fact]
    public async Task PickupTransport_TheDefault_WritesEachAlertAsAnEmlFile()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var (id, _) = await app.AddSubscriptionAsync("reader@example.org");
        var eventId = await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);

        Assert.Equal(1, (await app.DispatchAsync()).Sent);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal($"alert.{eventId}.{id}@localhost", message.MessageId);
        Assert.Equal("reader@example.org", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Alert_CarriesOneClickUnsubscribeHeaders_AndTheOneClickPostUnsubscribes()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var (id, token) = await app.AddSubscriptionAsync("reader@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);
        await app.DispatchAsync();

        var message = Assert.Single(smtp.Messages);
        Assert.Equal($"<http://localhost/alerts/unsubscribe/{token}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);

        // A mail client's one-click POST: no cookies, no antiforgery token, just the RFC 8058 body.
        var mailClient = app.CreateClient();
        var getPage = await mailClient.GetDocumentAsync(message.UnsubscribePath());
        Assert.NotNull(getPage.QuerySelector("form[method=post] button"));
        Assert.Null(await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.UnsubscribedAt).SingleAsync()));

        using var response = await mailClient.PostAsync(message.UnsubscribePath(), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You're unsubscribed", (await response.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.NotNull(await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.UnsubscribedAt).SingleAsync()));

        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.Reported, "Annex plan withdrawn; back to press reports only.", null);
        await app.DispatchAsync();
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task UnsubscribeLink_WithUnknownToken_IsA404AndChangesNothing()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("reader@example.org");

        using var response = await app.CreateClient().PostAsync($"/alerts/unsubscribe/{AlertTokens.Create()}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync(s => s.UnsubscribedAt != null)));
    }

    [Fact]
    public async Task SmtpDown_ThenUp_EveryAlertIsDeliveredExactlyOnce()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await app.AddSubscriptionAsync($"{name}@example.org");
        }

        await smtp.StopAsync();
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var down = await app.DispatchAsync();

        Assert.Equal(0, down.Sent);
        Assert.Equal(3, down.Retried);
        var waiting = await app.DeliveriesAsync();
        Assert.All(waiting, d =>
        {
            Assert.Equal(DeliveryStatus.Pending, d.Status);
            Assert.Equal(1, d.Attempts);
            Assert.True(d.NextAttemptAt > app.Time.GetUtcNow(), "the retry is scheduled in the future");
            Assert.True(d.NextAttemptAt <= app.Time.GetUtcNow() + TimeSpan.FromSeconds(30), "the first retry comes within the base delay");
            Assert.Contains("Mail server unavailable", d.LastError, StringComparison.Ordinal);
            Assert.Null(d.LeaseOwner);
        });

        // Still down at the second attempt: the backoff grows.
        app.Time.Advance(TimeSpan.FromSeconds(31));
        await app.DispatchAsync();
        Assert.All(await app.DeliveriesAsync(), d => Assert.Equal(2, d.Attempts));

        await smtp.StartAsync();
        var notYetDue = await app.DispatchAsync();
        Assert.Equal(0, notYetDue.Sent);

        app.Time.Advance(TimeSpan.FromMinutes(2));
        var up = await app.DispatchAsync();
        Assert.Equal(3, up.Sent);
        await app.DispatchAsync();
        Assert.Equal(["a@example.org", "b@example.org", "c@example.org"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(await app.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task SmtpDownForTooLong_DeliveryIsParkedAsDeadAfterMaxAttempts()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = CreateApp(smtp, new() { ["Alerts:MaxAttempts"] = "3" });
        await app.AddSubscriptionAsync("a@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);

        for (var pass = 0; pass < 3; pass++)
        {
            await app.DispatchAsync();
            app.Time.Advance(TimeSpan.FromHours(1));
        }

        var delivery = Assert.Single(await app.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Dead, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.StartsWith("Gave up after 3 attempts", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermanentRejection_OfOneRecipient_DoesNotHoldUpTheOthers()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        smtp.Rejected["bounce@example.org"] = true;
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("first@example.org");
        await app.AddSubscriptionAsync("bounce@example.org");
        await app.AddSubscriptionAsync("last@example.org");

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var result = await app.DispatchAsync();

        Assert.Equal(2, result.Sent);
        Assert.Equal(1, result.Dead);
        Assert.Equal(["first@example.org", "last@example.org"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var dead = Assert.Single(await app.DeliveriesAsync(), d => d.Status == DeliveryStatus.Dead);
        Assert.StartsWith("550", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(1, dead.Attempts);
    }

    [Fact]
    public async Task LeaseOfACrashedInstance_IsRetakenOnlyAfterItExpires()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("a@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        // Another instance claimed the delivery and died before sending it.
        var leaseUntil = app.Time.GetUtcNow() + TimeSpan.FromMinutes(10);
        await app.WithDbAsync(db => db.Deliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, "crashed-host/1/abc").SetProperty(d => d.LeaseUntil, leaseUntil)));

        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        Assert.Empty(smtp.Messages);

        app.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Dispatchers_RunningConcurrently_NeverSendTheSameDeliveryTwice()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp, new() { ["Alerts:BatchSize"] = "5" });
        for (var i = 0; i < 30; i++)
        {
            await app.AddSubscriptionAsync($"reader{i}@example.org");
        }

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(app.DispatchAsync)));

        Assert.Equal(30, results.Sum(r => r.Sent));
        Assert.Equal(30, smtp.Messages.Count);
        Assert.Equal(30, smtp.Messages.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ItemTitleWithLineBreak_IsSentWithTheSubjectOnOneLine_AndInjectsNoHeader()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("reader@example.org");
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == AlertTestExtensions.PipaSlug);
            item.Title = "Innocent\r\nBcc: victim@example.org\u000B";
            await db.SaveChangesAsync();
        });

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var result = await app.DispatchAsync();

        Assert.Equal(1, result.Sent);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("[JapanAiGov] Innocent Bcc: victim@example.org : Reported → Confirmed", message.Subject);
        Assert.Empty(message.Bcc);
        Assert.Equal("reader@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await app.DeliveriesAsync()).Status);
    }

    [Fact]
    public async Task LegislativeUpdateEvent_IsSentWithTheLawTitleAndALinkToTheItem()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("privacy@example.org", SubscriptionScope.Topic, topic: "privacy");
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == AlertTestExtensions.PipaSlug);
            var law = await db.WatchedLaws.SingleAsync(l => l.LawId == "415AC0000000057");
            Assert.Equal(item.Id, law.ItemId);
            var revision = new LawRevision
            {
                WatchedLaw = law,
                LawRevisionId = "415AC0000000057_20270401_507AC0000000001",
                LawTitle = "個人情報の保護に関する法律",
                AmendmentLawTitle = "個人情報の保護に関する法律の一部を改正する法律",
                PromulgationDate = new DateOnly(2026, 11, 20),
                FirstSeenAt = app.Time.GetUtcNow(),
            };
            var update = new LegislativeUpdate { WatchedLaw = law, Revision = revision, DetectedAt = app.Time.GetUtcNow() };
            db.AddRange(revision, update);
            await db.SaveChangesAsync();
            db.AlertEvents.Add(AlertEvent.ForLegislativeUpdate(update.Id, item.Id, update.DetectedAt));
            await db.SaveChangesAsync();
        });

        await app.DispatchAsync();

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("[JapanAiGov] New legislative text: 個人情報の保護に関する法律", message.Subject);
        Assert.Contains("Amended by: 個人情報の保護に関する法律の一部を改正する法律", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("Promulgated: 2026-11-20", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("http://localhost/items/pipa-amendment-ai-training", message.TextOf(), StringComparison.Ordinal);
        Assert.NotNull(message.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task LegislativeUpdateAlert_SaysWhatTheChangeLogSays_ScheduledEnforcementIncluded()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("reader@example.org");
        await app.AddLegislativeUpdateAsync(
            "415AC0000000057",
            "個人情報の保護に関する法律",
            AlertTestExtensions.PipaSlug,
            "20270401",
            promulgated: new DateOnly(2026, 11, 20),
            enforced: null,
            detectedAt: app.Time.GetUtcNow(),
            scheduledEnforcement: new DateOnly(2027, 4, 1));

        await app.DispatchAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<ChangeLog>().ReadAsync(50), e => e.Kind == ChangeKind.LegislativeUpdate);
        Assert.Equal(new DateOnly(2027, 4, 1), entry.EnforcementDate);
        var text = Assert.Single(smtp.Messages).TextOf();
        Assert.True(entry.EnforcementDateIsScheduled);
        Assert.Contains($"Scheduled to come into force: {entry.EnforcementDate:yyyy-MM-dd}", text, StringComparison.Ordinal);
        Assert.Contains($"Amended by: {entry.AmendmentLawTitle}", text, StringComparison.Ordinal);
        Assert.Contains($"When: {JapanAiGov.Web.Localization.JapanTime.ToJst(entry.OccurredAt):yyyy-MM-dd HH:mm} JST", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyDigest_ListsTheDaysChanges_AndIsSentOnceEvenAcrossRestarts()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var data = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var database = new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(data, "shared.db")}" };
        try
        {
            await using (var first = CreateApp(smtp, database))
            {
                await first.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);
                await first.AddSubscriptionAsync("enforcement@example.org", SubscriptionScope.Topic, topic: "enforcement", cadence: AlertCadence.DailyDigest);
                await first.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
                first.Time.Advance(TimeSpan.FromHours(3));
                await first.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);

                Assert.Equal(0, (await first.DispatchAsync()).Sent);
                Assert.Empty(smtp.Messages);

                first.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 6, 0, TimeSpan.Zero));
                Assert.Equal(2, (await first.DispatchAsync()).Sent);
                Assert.Equal(0, (await first.DispatchAsync()).Sent);
            }

            await using (var restarted = CreateApp(smtp, database))
            {
                restarted.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero));
                Assert.Equal(0, (await restarted.DispatchAsync()).Sent);
            }

            var digest = Assert.Single(smtp.To("digest@example.org"));
            Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 2 changes", digest.Subject);
            Assert.Contains("PIPA amendment: AI training on personal data without opt-in: Reported → Confirmed", digest.TextOf(), StringComparison.Ordinal);
            Assert.Contains("Penalties calibrated to profits gained from intentional violations: Reported → Pending METI annex", digest.TextOf(), StringComparison.Ordinal);
            Assert.Equal("<http://localhost/alerts/unsubscribe/", digest.Headers["List-Unsubscribe"]![..37]);
            var topical = Assert.Single(smtp.To("enforcement@example.org"));
            Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 1 change", topical.Subject);
            Assert.Equal(2, smtp.Messages.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
