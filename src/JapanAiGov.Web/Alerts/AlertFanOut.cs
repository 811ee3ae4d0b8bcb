using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Turns each new <see cref="AlertEvent"/> into one <see cref="Delivery"/> per matching confirmed immediate
/// subscription. The deliveries and the event's FannedOutAt commit together, and the deliveries' unique DedupKey
/// means a second instance doing the same event at the same moment fails instead of queueing duplicates.
/// Daily-digest subscriptions are served by <see cref="DigestComposer"/> instead.
/// </summary>
public sealed class AlertFanOut(AppDbContext db, AlertEmailRenderer renderer, TimeProvider time, ILogger<AlertFanOut> logger)
{
    private const int EventsPerPass = 20;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var events = await db.AlertEvents.Where(e => e.FannedOutAt == null).OrderBy(e => e.Id).Take(EventsPerPass).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var alertEvent in events)
        {
            queued += await FanOutAsync(alertEvent, cancellationToken);
        }

        return queued;
    }

    private async Task<int> FanOutAsync(AlertEvent alertEvent, CancellationToken cancellationToken)
    {
        var topic = await db.Items.Where(i => i.Id == alertEvent.ItemId).Select(i => i.Topic).SingleOrDefaultAsync(cancellationToken);
        var subscriptionIds = await db.Subscriptions
            .Where(s => s.ConfirmedAt != null && s.ConfirmedAt <= alertEvent.CreatedAt && s.UnsubscribedAt == null && s.Cadence == AlertCadence.Immediate)
            .Where(s => s.Scope == SubscriptionScope.AllItems
                || (s.Scope == SubscriptionScope.Item && s.ItemId == alertEvent.ItemId)
                || (s.Scope == SubscriptionScope.Topic && s.Topic == topic))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var domain = renderer.MessageIdDomain;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var subscriptionId in subscriptionIds)
            {
                db.Deliveries.Add(new Delivery
                {
                    Kind = DeliveryKind.Alert,
                    SubscriptionId = subscriptionId,
                    AlertEventId = alertEvent.Id,
                    DedupKey = $"alert/{alertEvent.Id}/{subscriptionId}",
                    MessageId = AlertEmailRenderer.MessageIdFor(DeliveryKind.Alert, subscriptionId, alertEvent.Id, null, domain),
                    Status = DeliveryStatus.Pending,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
            }

            alertEvent.FannedOutAt = now;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Alert event {AlertEventId} ({AlertEventKind}) fanned out to {DeliveryCount} deliveries", alertEvent.Id, alertEvent.Kind, subscriptionIds.Count);
            return subscriptionIds.Count;
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Alert event {AlertEventId} was fanned out concurrently elsewhere; skipping", alertEvent.Id);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
