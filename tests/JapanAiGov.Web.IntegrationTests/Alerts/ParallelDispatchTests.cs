using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer.Protocol;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// Issue 14: several senders per pass (Alerts:SmtpConnections), each with its own batches and SMTP connection, and
/// several instances at once, must still send every delivery exactly once, honour each other's leases, and leave
/// nothing behind when a connection drops or the server goes away in the middle of a batch.
/// </summary>
public sealed class ParallelDispatchTests
{
    private const int Subscribers = 120;

    [Fact]
    public async Task TwoInstancesWithParallelSenders_OnOneSqliteFile_SendEveryAlertExactlyOnce()
    {
        var data = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            await TwoInstancesSendEveryAlertExactlyOnceAsync(new() { ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(data, "shared.db")}" });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [PostgresFact]
    public async Task TwoInstancesWithParallelSenders_OnOnePostgresDatabase_SendEveryAlertExactlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await TwoInstancesSendEveryAlertExactlyOnceAsync(database.Settings);
    }

    [Fact]
    public async Task ConnectionDroppedMidBatch_OnlyTheEmailInFlightIsRetried_TheOthersGoOutOverNewConnections()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:SmtpConnections"] = "3", ["Alerts:BatchSize"] = "8" });
        await AddSubscribersAsync(app);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var arrived = 0;
        string? dropped = null;
        smtp.BeforeAccept = (message, _) =>
        {
            // The server gives up on the tenth email's connection before accepting it (421, then it hangs up).
            if (Interlocked.Increment(ref arrived) == 10)
            {
                dropped = message.To.Mailboxes.Single().Address;
                throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.ServiceClosingTransmissionChannel, "4.3.2 Closing the connection"), quit: true);
            }

            return Task.FromResult(true);
        };

        var first = await app.DispatchAsync();

        Assert.Equal(Subscribers - 1, first.Sent);
        Assert.Equal(1, first.Retried);
        var retried = Assert.Single(await app.DeliveriesAsync(), d => d.Status != DeliveryStatus.Sent);
        Assert.Equal(DeliveryStatus.Pending, retried.Status);
        Assert.Equal(1, retried.Attempts);
        Assert.Null(retried.LeaseOwner);
        Assert.Empty(smtp.To(dropped!));

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        AssertEachSubscriberGotExactlyOne(smtp);
    }

    [Fact]
    public async Task MailServerGoneMidBatch_TheRestOfTheBatchIsRetried_NothingLostOrDuplicated()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:SmtpConnections"] = "1", ["Alerts:BatchSize"] = "500" });
        await AddSubscribersAsync(app);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var arrived = 0;
        Task? stopped = null;
        smtp.BeforeAccept = (_, _) =>
        {
            // The server goes down while the fifth email is in flight: it hangs up on that connection (421) and on
            // any later one, and soon refuses new connections.
            if (Interlocked.Increment(ref arrived) >= 5)
            {
                stopped ??= Task.Run(smtp.StopAsync, CancellationToken.None);
                throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.ServiceClosingTransmissionChannel, "4.3.2 Shutting down"), quit: true);
            }

            return Task.FromResult(true);
        };

        var down = await app.DispatchAsync();

        Assert.Equal(4, down.Sent);
        Assert.Equal(Subscribers - 4, down.Retried);
        var waiting = (await app.DeliveriesAsync()).Where(d => d.Status != DeliveryStatus.Sent).ToList();
        Assert.Equal(Subscribers - 4, waiting.Count);
        Assert.All(waiting, d =>
        {
            Assert.Equal(DeliveryStatus.Pending, d.Status);
            Assert.Equal(1, d.Attempts);
            Assert.True(d.NextAttemptAt > app.Time.GetUtcNow(), "retried later, not in the same pass");
            Assert.Null(d.LeaseOwner);
        });

        await stopped!;
        smtp.BeforeAccept = null;
        await smtp.StartAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Subscribers - 4, (await app.DispatchAsync()).Sent);
        AssertEachSubscriberGotExactlyOne(smtp);
    }

    [Fact]
    public async Task ParallelSenders_TakeOverExpiredLeases_AndLeaveLiveOnesAlone()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:SmtpConnections"] = "4", ["Alerts:BatchSize"] = "3" });
        await AddSubscribersAsync(app);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        // Another instance holds a live lease on the first half and an expired one (it died) on the second half.
        var now = app.Time.GetUtcNow();
        var ids = (await app.DeliveriesAsync()).Select(d => d.Id).ToList();
        var live = ids.Take(Subscribers / 2).ToList();
        var expired = ids.Skip(Subscribers / 2).ToList();
        await app.WithDbAsync(db => db.Deliveries.Where(d => live.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, "alive/1/a").SetProperty(d => d.LeaseUntil, now + TimeSpan.FromSeconds(40))));
        await app.WithDbAsync(db => db.Deliveries.Where(d => expired.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, "dead/1/b").SetProperty(d => d.LeaseUntil, now - TimeSpan.FromSeconds(1))));

        Assert.Equal(expired.Count, (await app.DispatchAsync()).Sent);
        var afterFirst = await app.DeliveriesAsync();
        Assert.All(afterFirst.Where(d => live.Contains(d.Id)), d =>
        {
            Assert.Equal(DeliveryStatus.Pending, d.Status);
            Assert.Equal(0, d.Attempts);
            Assert.Equal("alive/1/a", d.LeaseOwner);
        });
        Assert.All(afterFirst.Where(d => expired.Contains(d.Id)), d => Assert.Equal(DeliveryStatus.Sent, d.Status));

        // The live lease is never renewed (its instance died after all): it is taken over once it runs out.
        app.Time.Advance(TimeSpan.FromSeconds(41));
        Assert.Equal(live.Count, (await app.DispatchAsync()).Sent);
        AssertEachSubscriberGotExactlyOne(smtp);
    }

    /// <summary>Two instances (each with three senders and small batches) dispatch the same alert at the same time.</summary>
    private static async Task TwoInstancesSendEveryAlertExactlyOnceAsync(Dictionary<string, string?> database)
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var settings = new Dictionary<string, string?>(database) { ["Alerts:SmtpConnections"] = "3", ["Alerts:BatchSize"] = "7" };
        await using var first = smtp.CreateAppWithoutDispatcher(settings);
        await using var second = smtp.CreateAppWithoutDispatcher(settings);
        await AddSubscribersAsync(first);
        await first.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await first.FanOutAsync();
        _ = second.Services;

        var results = await Task.WhenAll(Task.Run(first.DispatchAsync), Task.Run(second.DispatchAsync));

        Assert.Equal(Subscribers, results.Sum(r => r.Sent));
        Assert.All(results, r => Assert.Equal(0, r.Retried + r.Dead));
        AssertEachSubscriberGotExactlyOne(smtp);
        Assert.All(await first.DeliveriesAsync(), d =>
        {
            Assert.Equal(DeliveryStatus.Sent, d.Status);
            Assert.Equal(1, d.Attempts);
            Assert.Null(d.LeaseOwner);
        });
        Assert.Equal(0, (await second.DispatchAsync()).Sent + (await first.DispatchAsync()).Sent);
    }

    private static Task AddSubscribersAsync(JapanAiGovFactory app) =>
        app.WithDbAsync(db => SubscriberSeed.AddConfirmedAsync(db, app.Services.GetRequiredService<AlertTokenProtector>(), Subscribers, app.Time.GetUtcNow().AddDays(-1)));

    private static void AssertEachSubscriberGotExactlyOne(LoopbackSmtpServer smtp)
    {
        var received = smtp.Messages.GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, Subscribers).Select(SubscriberSeed.Address).Order(StringComparer.Ordinal), received.Keys.Order(StringComparer.Ordinal));
        Assert.All(received, r => Assert.Equal(1, r.Value));
        Assert.Equal(smtp.Messages.Count, smtp.Messages.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
    }
}
