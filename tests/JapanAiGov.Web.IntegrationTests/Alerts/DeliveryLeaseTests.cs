using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// Issue 26, point 9: after an instance died holding a batch, the survivor looked for due deliveries only at its
/// 30-second sweeps, so the batch waited up to a sweep past the lease (about 90 s with the one-minute lease).
/// </summary>
public sealed class DeliveryLeaseTests
{
    [Fact]
    public async Task BatchOfAnInstanceThatDied_IsSentBySurvivorWhenItsLeaseEnds_NotAtALaterSweep()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var dead = smtp.CreateAppWithoutDispatcher();
        for (var i = 0; i < 3; i++)
        {
            await dead.AddSubscriptionAsync($"analyst{i}@example.org");
        }

        await dead.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.Confirmed);
        await dead.FanOutAsync();
        await using (var scope = dead.Services.CreateAsyncScope())
        {
            // Claimed under the default one-minute lease, then the instance "dies": nothing is sent or given back.
            Assert.Equal(3, (await scope.ServiceProvider.GetRequiredService<DeliveryClaims>().ClaimAsync(CancellationToken.None)).Count);
        }

        var settings = smtp.Settings();
        settings["ConnectionStrings:Default"] = $"Data Source={dead.DatabasePath}";
        await using var survivor = new JapanAiGovFactory(settings);
        var start = survivor.Time.GetUtcNow();
        _ = survivor.Services;

        var elapsed = TimeSpan.Zero;
        while (!await smtp.TryWaitForMessagesAsync(3, TimeSpan.FromMilliseconds(300)))
        {
            Assert.True(elapsed < TimeSpan.FromMinutes(5), "the dead instance's batch was never sent");
            survivor.Time.Advance(TimeSpan.FromSeconds(5));
            elapsed = survivor.Time.GetUtcNow() - start;
        }

        // The lease ends at 60 s; the next 30-second sweep would have been at 90 s.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(75));
        Assert.Equal(3, smtp.Messages.Count);
    }
}
