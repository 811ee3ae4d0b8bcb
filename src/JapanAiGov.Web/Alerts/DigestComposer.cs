using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Once a digest's 24 hours are over (<see cref="DigestDays"/>: to the digest hour in Japan, plus <see cref="AlertsOptions.DigestGrace"/>), queues one digest delivery per daily-digest
/// subscription that has changes that day. The key "digest/{subscription}/{day}" is unique, so a restart, a second
/// pass or a second instance never queues the same digest twice. Days up to a week back are looked at, so a
/// process that was down over midnight still sends them.
/// </summary>
public sealed class DigestComposer(AppDbContext db, IOptions<AlertsOptions> options, TimeProvider time, ILogger<DigestComposer> logger)
{
    private const int LookBackDays = 7;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = options.Value.DigestHour;
        var lastDay = DigestDays.LastComplete(now - options.Value.DigestGrace, hour);
        var firstDay = lastDay.AddDays(1 - LookBackDays);
        var start = DigestDays.Start(firstDay, hour);
        var end = DigestDays.Start(lastDay.AddDays(1), hour);

        var events = await (
            from e in DigestEvents(db.AlertEvents).AsNoTracking()
            where e.CreatedAt >= start && e.CreatedAt < end
            join i in db.Items on e.ItemId equals i.Id
            select new { e.ItemId, i.Topic, e.CreatedAt, e.Kind })
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }

        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.ConfirmedAt != null && s.UnsubscribedAt == null && s.Cadence == AlertCadence.DailyDigest)
            .Select(s => new { s.Id, s.Scope, s.ItemId, s.Topic, s.Channel, s.Follows, ConfirmedAt = s.ConfirmedAt!.Value })
            .ToListAsync(cancellationToken);
        var existing = (await db.Deliveries.AsNoTracking()
            .Where(d => d.Kind == DeliveryKind.Digest && d.DigestDate >= firstDay && d.DigestDate <= lastDay)
            .Select(d => d.DedupKey)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var queued = 0;
        foreach (var day in events.GroupBy(e => DigestDays.Of(e.CreatedAt, hour)))
        {
            foreach (var subscription in subscriptions)
            {
                var key = $"digest/{subscription.Id}/{day.Key:yyyy-MM-dd}";
                var matches = day.Any(e => e.CreatedAt >= subscription.ConfirmedAt && subscription.Follows.Includes(AlertEvent.ChangeKindOf(e.Kind)) && Matches(subscription.Scope, subscription.ItemId, subscription.Topic, e.ItemId, e.Topic));
                if (!matches || existing.Contains(key))
                {
                    continue;
                }

                db.Deliveries.Add(new Delivery
                {
                    Kind = DeliveryKind.Digest,
                    SubscriptionId = subscription.Id,
                    DigestDate = day.Key,
                    DedupKey = key,
                    Channel = subscription.Channel,
                    Status = DeliveryStatus.Pending,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
                queued++;
            }
        }

        if (queued == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Queued {DigestCount} daily digests up to {DigestDate}", queued, lastDay);
            return queued;
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Digests were composed concurrently elsewhere; skipping this pass");
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The events a digest reports: all but corrections, which go out at once and only to those who were told of the
    /// retracted change (<see cref="AlertFanOut"/>), digest subscribers included.
    /// </summary>
    public static IQueryable<AlertEvent> DigestEvents(IQueryable<AlertEvent> events) => events.Where(e => e.Kind != AlertEventKind.Correction);

    public static bool Matches(SubscriptionScope scope, int? itemId, string? topic, int eventItemId, string eventTopic) => scope switch
    {
        SubscriptionScope.AllItems => true,
        SubscriptionScope.Item => itemId == eventItemId,
        SubscriptionScope.Topic => string.Equals(topic, eventTopic, StringComparison.Ordinal),
        _ => false,
    };
}
