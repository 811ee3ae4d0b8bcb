using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// The fan-out under a queue: several events pending at once, events arriving while a pass runs, and an event whose
/// deliveries already exist (another instance fanned it out and crashed before marking it).
/// </summary>
public sealed class AlertFanOutTests
{
    private static JapanAiGovFactory CreateApp(LoopbackSmtpServer smtp)
    {
        var settings = smtp.Settings();
        settings["Alerts:DispatcherEnabled"] = "false";
        return new JapanAiGovFactory(settings);
    }

    [Fact]
    public async Task SeveralEventsPendingAtStart_AreEachFannedOutMarkedAndSentOnce()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("all@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Reported, "The Diet returned the bill for revision.", null);

        var first = await app.DispatchAsync();

        Assert.Equal(3, first.Queued);
        Assert.Equal(3, first.Sent);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.FannedOutAt == null)));
        var second = await app.DispatchAsync();
        Assert.Equal(0, second.Queued + second.Sent);
        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(3, smtp.Messages.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task MoreEventsThanOnePass_AllReachTheSubscriberOverLaterPasses()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("all@example.org");
        var statuses = new[] { ItemStatus.Confirmed, ItemStatus.Reported };
        for (var i = 0; i < 45; i++)
        {
            await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, statuses[i % 2], $"Change number {i}.");
        }

        var sent = 0;
        for (var pass = 0; pass < 5; pass++)
        {
            sent += (await app.DispatchAsync()).Sent;
        }

        Assert.Equal(45, sent);
        Assert.Equal(45, smtp.Messages.Count);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.FannedOutAt == null)));
    }

    [Fact]
    public async Task EventArrivingDuringAPass_IsSentByTheNextPass()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("all@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);
        var arrived = 0;
        smtp.BeforeAccept = async (_, _) =>
        {
            if (Interlocked.Increment(ref arrived) == 1)
            {
                // An editor saves a change while the dispatcher is sending the first alert.
                await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Reported, "The Diet returned the bill for revision.", null);
            }

            return true;
        };

        var first = await app.DispatchAsync();
        var second = await app.DispatchAsync();

        Assert.Equal(2, first.Sent);
        Assert.Equal(1, second.Sent);
        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.FannedOutAt == null)));
    }

    [Fact]
    public async Task EventWhoseDeliveriesAlreadyExist_IsMarkedWithoutDuplicatesAndNoLongerBlocksTheQueue()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("all@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        // Another instance queued the deliveries and died before marking the event: it is pending again.
        await app.WithDbAsync(db => db.AlertEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, (DateTimeOffset?)null)));
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);

        var result = await app.DispatchAsync();

        Assert.Equal(2, result.Sent);
        Assert.Equal(2, (await app.DeliveriesAsync()).Count);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync(e => e.FannedOutAt == null)));
    }
}
