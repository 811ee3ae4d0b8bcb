using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>The daily digest is cut on days in Japan (JST, UTC+9): 23:30 UTC already belongs to the next day's digest.</summary>
public sealed class DigestJapanDayTests
{
    [Fact]
    public async Task DailyDigest_IsCutOnJapanDays_NotUtcDays()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);

        // 14:00 UTC on 24 November is 23:00 JST the same day; 23:30 UTC is 08:30 JST on 25 November.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);

        // 00:06 UTC on 25 November (09:06 JST): the JST day of 24 November ended nine hours ago, 25 November is under way.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 6, 0, TimeSpan.Zero));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var first = Assert.Single(smtp.To("digest@example.org"));
        Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 1 change", first.Subject);
        Assert.Contains("PIPA amendment", first.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("Penalties calibrated", first.TextOf(), StringComparison.Ordinal);

        // The 23:30 UTC change waits for the end of 25 November in Japan (15:00 UTC), plus the grace.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 14, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 15, 6, 0, TimeSpan.Zero));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var second = smtp.To("digest@example.org")[^1];
        Assert.Equal("[JapanAiGov] Daily digest for 2026-11-25: 1 change", second.Subject);
        Assert.Contains("Penalties calibrated", second.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("PIPA amendment", second.TextOf(), StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages.Count);
    }
}
