using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Turns each new <see cref="AlertEvent"/> into one <see cref="Delivery"/> per matching confirmed immediate
/// subscription. Each event is its own unit of work: its deliveries and its FannedOutAt commit together. The
/// deliveries' unique DedupKey means a second instance doing the same event at the same moment fails instead of
/// queueing duplicates; such a conflict proves the deliveries exist, so the event is marked done all the same.
/// Daily-digest subscriptions are served by <see cref="DigestComposer"/> instead.
/// </summary>
public sealed class AlertFanOut(AppDbContext db, AlertEmailRenderer renderer, TimeProvider time, ILogger<AlertFanOut> logger)
{
    private const int EventsPerPass = 20;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var events = await db.AlertEvents.AsNoTracking().Where(e => e.FannedOutAt == null).OrderBy(e => e.Id).Take(EventsPerPass).ToListAsync(cancellationToken);
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

            db.AlertEvents.Attach(alertEvent).Property(e => e.FannedOutAt).CurrentValue = now;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Alert event {AlertEventId} ({AlertEventKind}) fanned out to {DeliveryCount} deliveries", alertEvent.Id, alertEvent.Kind, subscriptionIds.Count);
            return subscriptionIds.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var existing = await db.Deliveries.CountAsync(d => d.AlertEventId == alertEvent.Id, cancellationToken);
            if (existing == 0)
            {
                throw;
            }

            // Another instance queued this event's deliveries (and may have died before marking it): they exist, so it is done.
            await db.AlertEvents.Where(e => e.Id == alertEvent.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, now), cancellationToken);
            logger.LogInformation("Alert event {AlertEventId} already had {DeliveryCount} deliveries queued elsewhere; marked as fanned out", alertEvent.Id, existing);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
