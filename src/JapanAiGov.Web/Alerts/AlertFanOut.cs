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
public sealed class AlertFanOut(AppDbContext db, TimeProvider time, Microsoft.Extensions.Options.IOptions<AlertsOptions> options, ILogger<AlertFanOut> logger)
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
        var told = alertEvent.Kind == AlertEventKind.Correction ? await ToldOfRetractedChangeAsync(alertEvent, now, cancellationToken) : null;
        if (alertEvent.Kind == AlertEventKind.Correction && told is null)
        {
            return 0;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Claimed first, conditionally: an instance that finds the event already done (by another one, or by a
            // retraction that cancelled it) writes nothing.
            var claimed = await db.AlertEvents.Where(e => e.Id == alertEvent.Id && e.FannedOutAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, now), cancellationToken);
            if (claimed == 0)
            {
                return 0;
            }

            var queued = told is null
                ? await InsertDeliveriesAsync(alertEvent, topic, now, cancellationToken)
                : await InsertCorrectionsAsync(alertEvent, told, now, cancellationToken);
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
    /// Who was told of the status change a correction retracts, once that is settled; null while it is not (the
    /// correction waits for a later pass). Settled means: the announcement has fanned out, its deliveries that were not
    /// yet sent are cancelled (<see cref="AlertMessageComposer"/> would drop them anyway), and none is in a sender's
    /// hands any more, nor a digest of that day, so "sent" is final. Told are the active subscriptions with the
    /// announcement sent, and the daily-digest ones whose digest of that day (JST) went out before the retraction.
    /// </summary>
    private async Task<ToldOf?> ToldOfRetractedChangeAsync(AlertEvent correction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var announcement = await db.AlertEvents.AsNoTracking()
            .Where(e => e.StatusChangeId == correction.StatusChangeId && e.Kind == AlertEventKind.StatusChanged)
            .Select(e => new { e.Id, e.CreatedAt, e.FannedOutAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (announcement is null)
        {
            return new ToldOf(0, DateOnly.MinValue, correction.CreatedAt);
        }

        if (announcement.FannedOutAt is null)
        {
            return null;
        }

        await db.Deliveries
            .Where(d => d.AlertEventId == announcement.Id && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Cancelled), cancellationToken);
        var day = DigestDays.Of(announcement.CreatedAt, options.Value.DigestHour);
        var inFlight = await db.Deliveries.AnyAsync(
            d => d.Status == DeliveryStatus.Pending && d.LeaseUntil >= now && (d.AlertEventId == announcement.Id || (d.Kind == DeliveryKind.Digest && d.DigestDate == day)),
            cancellationToken);
        if (inFlight)
        {
            logger.LogInformation("Correction {AlertEventId} waits: deliveries of the retracted change are being sent", correction.Id);
            return null;
        }

        return new ToldOf(announcement.Id, day, announcement.CreatedAt);
    }

    /// <summary>
    /// The correction's deliveries, one INSERT … SELECT like <see cref="InsertDeliveriesAsync"/>: to every active
    /// subscription (whatever its cadence: a correction goes out at once) that was sent the announcement, or a digest
    /// of its day before the retraction while following the item and confirmed before the change.
    /// </summary>
    private Task<int> InsertCorrectionsAsync(AlertEvent correction, ToldOf told, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = StoredInstant.Of(db, now);
        var retractedAt = StoredInstant.Of(db, correction.CreatedAt);
        var announcedAt = StoredInstant.Of(db, told.AnnouncedAt);
        var dedupPrefix = $"alert/{correction.Id}/";
        var (alert, digest, pending, sent, dailyDigest) = (nameof(DeliveryKind.Alert), nameof(DeliveryKind.Digest), nameof(DeliveryStatus.Pending), nameof(DeliveryStatus.Sent), nameof(AlertCadence.DailyDigest));
        var (allItems, item, topicScope) = (nameof(SubscriptionScope.AllItems), nameof(SubscriptionScope.Item), nameof(SubscriptionScope.Topic));
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Deliveries" ("Kind", "SubscriptionId", "AlertEventId", "DedupKey", "Channel", "Status", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT {alert}, s."Id", {correction.Id}, {dedupPrefix} || s."Id", s."Channel", {pending}, 0, {at}, {at}
            FROM "Subscriptions" AS s
            WHERE s."ConfirmedAt" IS NOT NULL AND s."UnsubscribedAt" IS NULL
              AND (EXISTS (SELECT 1 FROM "Deliveries" AS d WHERE d."SubscriptionId" = s."Id" AND d."AlertEventId" = {told.AnnouncementId} AND d."Status" = {sent})
                OR (s."Cadence" = {dailyDigest} AND s."ConfirmedAt" <= {announcedAt}
                  AND (s."Scope" = {allItems} OR (s."Scope" = {item} AND s."ItemId" = {correction.ItemId})
                    OR (s."Scope" = {topicScope} AND s."Topic" = (SELECT i."Topic" FROM "Items" AS i WHERE i."Id" = {correction.ItemId})))
                  AND EXISTS (SELECT 1 FROM "Deliveries" AS d WHERE d."SubscriptionId" = s."Id" AND d."Kind" = {digest} AND d."DigestDate" = {told.Day}
                    AND d."Status" = {sent} AND d."SentAt" <= {retractedAt})))
            """,
            cancellationToken);
    }

    /// <summary>The announcement of a retracted change (0 when it never had one), and its day and instant.</summary>
    private sealed record ToldOf(long AnnouncementId, DateOnly Day, DateTimeOffset AnnouncedAt);

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
