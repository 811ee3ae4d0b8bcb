using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>Issue 15: what a crash, a second instance or a lost key must not do to alerts.</summary>
public sealed class AlertReliabilityTests
{
    [Fact]
    public async Task RecipientRejection_ReplyNamingTheAddress_IsStoredWithTheAddressMasked()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        smtp.Rejected["bounce@example.org"] = true;
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("bounce@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);

        await app.DispatchAsync();

        var dead = Assert.Single(await app.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Dead, dead.Status);
        Assert.StartsWith("550", dead.LastError, StringComparison.Ordinal);
        Assert.Contains("b***@example.org", dead.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("bounce@", dead.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaseOfAnInstanceThatDied_IsTakenOverWithinAboutAMinute()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        for (var i = 0; i < 3; i++)
        {
            await app.AddSubscriptionAsync($"reader{i}@example.org");
        }

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        // Instance A claims the deliveries and dies before sending any of them.
        await using (var dying = app.Services.CreateAsyncScope())
        {
            Assert.NotEmpty(await dying.ServiceProvider.GetRequiredService<DeliveryClaims>().ClaimAsync(CancellationToken.None));
        }

        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        app.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(3, (await app.DispatchAsync()).Sent);
        Assert.Equal(3, smtp.Messages.Count);
    }

    [Fact]
    public async Task LeaseOfAnInstanceStillSending_IsRenewed_SoNoOtherInstanceSendsItsDeliveries()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        for (var i = 0; i < 4; i++)
        {
            await app.AddSubscriptionAsync($"reader{i}@example.org");
        }

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.FanOutAsync();

        // Each email takes 45 s of (fake) time to go out: far past the first lease. While instance A is in the
        // middle of its second email, instance B runs a pass: it must find nothing to take.
        var other = new List<DispatchResult>();
        var inOtherPass = false;
        smtp.BeforeAccept = async (_, _) =>
        {
            if (inOtherPass)
            {
                return true;
            }

            app.Time.Advance(TimeSpan.FromSeconds(45));
            if (smtp.Messages.Count == 1)
            {
                inOtherPass = true;
                other.Add(await app.DispatchAsync());
                inOtherPass = false;
            }

            return true;
        };

        var first = await app.DispatchAsync();

        Assert.Equal(4, first.Sent);
        Assert.Equal(0, Assert.Single(other).Sent);
        Assert.Equal(4, smtp.Messages.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(4, smtp.Messages.Count);
    }

    [Fact]
    public async Task TokenProtectedWithAKeyThisInstanceCannotRead_IsRetriedLater_NeverDead()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:MaxAttempts"] = "2" });
        var (id, token) = await app.AddSubscriptionAsync("reader@example.org");
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("JapanAiGov.Alerts.Tokens.v1").Protect(token);
        await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribeTokenProtected, foreign)));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);

        for (var pass = 0; pass < 4; pass++)
        {
            await app.DispatchAsync();
            var delivery = Assert.Single(await app.DeliveriesAsync());
            Assert.Equal(DeliveryStatus.Pending, delivery.Status);
            Assert.True(delivery.NextAttemptAt > app.Time.GetUtcNow(), "retried later, not at once");
            Assert.Contains("key", delivery.LastError, StringComparison.OrdinalIgnoreCase);
            Assert.Null(delivery.LeaseOwner);
            app.Time.Advance(TimeSpan.FromHours(2));
        }

        Assert.Empty(smtp.Messages);

        // The key shows up (here: the token is readable again): the alert goes out.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var readable = scope.ServiceProvider.GetRequiredService<AlertTokenProtector>().Protect(token);
            await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribeTokenProtected, readable)));
        }

        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.Contains(token, Assert.Single(smtp.Messages).TextOf(), StringComparison.Ordinal);
    }
}
