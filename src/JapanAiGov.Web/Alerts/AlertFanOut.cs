using System.Data.Common;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Turns each new <see cref="AlertEvent"/> into one <see cref="Delivery"/> per matching confirmed immediate
/// subscription, written by the database in one INSERT … SELECT. Each event is its own unit of work: its deliveries
/// and its FannedOutAt commit together. The deliveries' unique DedupKey means a second instance doing the same event
/// at the same moment fails instead of queueing duplicates; such a conflict proves the deliveries exist, so the event
/// is marked done all the same.
/// Daily-digest subscriptions are served by <see cref="DigestComposer"/> instead.
/// </summary>
public sealed class AlertFanOut(AppDbContext db, TimeProvider time, ILogger<AlertFanOut> logger)
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
        var now = time.GetUtcNow();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var queued = await InsertDeliveriesAsync(alertEvent, topic, now, cancellationToken);
            await db.AlertEvents.Where(e => e.Id == alertEvent.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Alert event {AlertEventId} ({AlertEventKind}) fanned out to {DeliveryCount} deliveries", alertEvent.Id, alertEvent.Kind, queued);
            return queued;
        }
        catch (DbException)
        {
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
    }

    /// <summary>
    /// One INSERT … SELECT over the matching subscriptions: the database writes every delivery itself, instead of EF
    /// reading the subscriptions out and inserting one row per subscriber. Each delivery takes its subscription's channel
    /// and the key "alert/{event}/{subscription}"; what goes on the wire (an email's Message-ID, say) is the channel's
    /// business at send time; a subscription that follows only status (or only action) changes skips the other kind. Instants go in through the model's own conversion (<see cref="StoredInstant"/>).
    /// </summary>
    private Task<int> InsertDeliveriesAsync(AlertEvent alertEvent, string? topic, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = StoredInstant.Of(db, now);
        var confirmedBy = StoredInstant.Of(db, alertEvent.CreatedAt);
        var dedupPrefix = $"alert/{alertEvent.Id}/";
        var (alert, pending, immediate) = (nameof(DeliveryKind.Alert), nameof(DeliveryStatus.Pending), nameof(AlertCadence.Immediate));
        var (allItems, item, topicScope) = (nameof(SubscriptionScope.AllItems), nameof(SubscriptionScope.Item), nameof(SubscriptionScope.Topic));
        // A status or action-level event skips the subscriptions that chose the other; '' matches no stored choice.
        var leftOut = alertEvent.Change is { } change ? AlertFollowsRules.LeftOutBy(change.Kind)?.ToString() ?? string.Empty : string.Empty;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Deliveries" ("Kind", "SubscriptionId", "AlertEventId", "DedupKey", "Channel", "Status", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT {alert}, s."Id", {alertEvent.Id}, {dedupPrefix} || s."Id", s."Channel", {pending}, 0, {at}, {at}
            FROM "Subscriptions" AS s
            WHERE s."ConfirmedAt" IS NOT NULL AND s."ConfirmedAt" <= {confirmedBy} AND s."UnsubscribedAt" IS NULL AND s."Cadence" = {immediate} AND s."Follows" <> {leftOut}
              AND (s."Scope" = {allItems} OR (s."Scope" = {item} AND s."ItemId" = {alertEvent.ItemId}) OR (s."Scope" = {topicScope} AND s."Topic" = {topic}))
            """,
            cancellationToken);
    }
}
