using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// Issue 27, lever 5: a sender commits one write per email, not two. The outcome of the email it just sent goes into
/// the same UPDATE as the attempt of the next one, so when each email reaches the server, the one before it is already
/// marked sent and this one's attempt is counted — the bound of one re-sent email per sender after a crash is kept.
/// </summary>
public sealed class DeliveryCommitTests
{
    private const int Subscribers = 6;

    [Fact]
    public async Task EachEmail_CostsOneWrite_ThePreviousEmailsSentMarkCommittedWithThisOnesAttempt_BeforeItLeaves()
    {
        await EachEmailCostsOneWriteAsync([]);
    }

    [PostgresFact]
    public async Task EachEmail_CostsOneWrite_OnPostgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await EachEmailCostsOneWriteAsync(database.Settings);
    }

    private static async Task EachEmailCostsOneWriteAsync(Dictionary<string, string?> settings)
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        settings["Alerts:SmtpConnections"] = "1";
        await using var app = smtp.CreateAppWithoutDispatcher(settings);
        await app.WithDbAsync(db => SubscriberSeed.AddConfirmedAsync(db, app.Services.GetRequiredService<AlertTokenProtector>(), Subscribers, app.Time.GetUtcNow().AddDays(-1)));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        Assert.Equal(Subscribers, await app.FanOutAsync());

        // What the database holds as each email reaches the server, and how many writes the app made since the last one.
        List<(int Writes, Delivery This, Delivery? Before)> arrivals = [];
        string? before = null;
        smtp.BeforeAccept = async (message, _) =>
        {
            var to = message.To.Mailboxes.Single().Address;
            var writes = app.Commands.TakeWrites();
            var rows = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().Include(d => d.Subscription).Where(d => d.Subscription!.Email == to || d.Subscription!.Email == before).ToListAsync());
            arrivals.Add((writes, rows.Single(d => d.Subscription!.Email == to), rows.SingleOrDefault(d => d.Subscription!.Email == before)));
            before = to;
            return true;
        };
        app.Commands.TakeWrites();

        var result = await app.DispatchAsync();

        Assert.Equal(Subscribers, result.Sent);
        Assert.Equal(Subscribers, arrivals.Count);
        Assert.All(arrivals, a => Assert.Equal((DeliveryStatus.Pending, 1), (a.This.Status, a.This.Attempts)));
        Assert.All(arrivals.Skip(1), a =>
        {
            Assert.Equal(1, a.Writes);
            Assert.Equal((DeliveryStatus.Sent, 1, (string?)null), (a.Before!.Status, a.Before.Attempts, a.Before.LeaseOwner));
            Assert.NotNull(a.Before.SentAt);
        });

        // The last email's outcome is committed on its own when the batch ends.
        Assert.Equal(1, app.Commands.TakeWrites());
        Assert.All(await app.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Sent, 1, (string?)null), (d.Status, d.Attempts, d.LeaseOwner)));
    }
}
