using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// The daily digest goes out on a Japanese morning (Alerts:DigestHour, 09:00 JST by default) with the 24 hours before
/// it, not just after midnight.
/// </summary>
public sealed class DigestHourTests
{
    [Fact]
    public async Task DailyDigest_ByDefault_GoesOutAtNineInTheMorningJapanTime_WithTheDayBefore()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:DigestHour"] = null });
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);

        // 01:00 UTC on 24 November is 10:00 JST: in the digest that closes at 09:00 JST on 25 November.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);

        // Just after midnight in Japan (15:06 UTC) nothing goes out: the digest closes in the morning.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 6, 0, TimeSpan.Zero));
        Assert.Equal(0, (await app.DispatchAsync()).Sent);

        // 23:30 UTC is 08:30 JST on 25 November: still before the digest hour, so in the same digest.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "Adopted in principle; awaiting METI annexes.", null);

        // …at 09:06 JST (00:06 UTC) the digest of both changes does.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 6, 0, TimeSpan.Zero));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var digest = Assert.Single(smtp.To("digest@example.org"));
        Assert.Contains("2 changes", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("9:00 on 2026-11-24 to 9:00 on 2026-11-25, Japan time", digest.TextOf(), StringComparison.Ordinal);
    }
}
