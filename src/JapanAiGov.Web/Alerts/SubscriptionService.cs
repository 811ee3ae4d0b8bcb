using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The subscription lifecycle: subscribe (queueing a durable confirmation email), confirm, unsubscribe. Callers
/// learn nothing about whether an address was already known, so the pages cannot be used to enumerate subscribers.
/// </summary>
public sealed class SubscriptionService(
    AppDbContext db,
    AlertTokenProtector protector,
    WakeUpSignal<AlertDispatcher> signal,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<SubscriptionService> logger)
{
    public async Task SubscribeAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var scopeKey = Subscription.KeyFor(request.Scope, request.ItemId, request.Topic);
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Email == request.Email && s.ScopeKey == scopeKey, cancellationToken);
        if (subscription is null)
        {
            var unsubscribeToken = AlertTokens.Create();
            subscription = new Subscription
            {
                Email = request.Email,
                Scope = request.Scope,
                ItemId = request.ItemId,
                Topic = request.Topic,
                ScopeKey = scopeKey,
                Cadence = request.Cadence,
                Follows = request.Follows,
                Language = request.Language,
                CreatedAt = now,
                UnsubscribeTokenHash = AlertTokens.Hash(unsubscribeToken),
                UnsubscribeTokenProtected = protector.Protect(unsubscribeToken),
            };
            db.Subscriptions.Add(subscription);
            QueueConfirmation(subscription, now);
        }
        else if (subscription.IsActive)
        {
            // Already confirmed: nothing changes and nothing is sent; the page reads the same either way.
            logger.LogInformation("Subscribe request for an already confirmed subscription {SubscriptionId}", subscription.Id);
            return;
        }
        else
        {
            if (subscription.UnsubscribedAt is not null)
            {
                subscription.UnsubscribedAt = null;
                subscription.ConfirmedAt = null;
                subscription.ConfirmationSentAt = null;
            }

            subscription.Cadence = request.Cadence;
            subscription.Follows = request.Follows;
            subscription.Language = request.Language;
            if (subscription.ConfirmationSentAt is { } sentAt && now - sentAt < options.Value.ConfirmationResendInterval)
            {
                // Stops anyone from flooding one inbox with confirmation emails.
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Confirmation for subscription {SubscriptionId} sent recently; not sending another", subscription.Id);
                return;
            }

            await db.Deliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Kind == DeliveryKind.Confirmation && d.Status == DeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.LastError, "Superseded by a newer confirmation email."), cancellationToken);
            QueueConfirmation(subscription, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (subscription.Id == 0)
        {
            // The same address and scope was subscribed by a concurrent request: that one sends the confirmation.
            logger.LogInformation("Concurrent subscribe request for the same address and scope; keeping the first");
            return;
        }

        logger.LogInformation("Subscription {SubscriptionId} for scope {Scope} awaits confirmation", subscription.Id, subscription.ScopeKey);
        signal.Notify();
    }

    public async Task<Subscription?> FindByConfirmTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!AlertTokens.LooksValid(token))
        {
            return null;
        }

        var hash = AlertTokens.Hash(token!);
        return await db.Subscriptions.SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);
    }

    public async Task<Subscription?> FindByUnsubscribeTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!AlertTokens.LooksValid(token))
        {
            return null;
        }

        var hash = AlertTokens.Hash(token!);
        return await db.Subscriptions.SingleOrDefaultAsync(s => s.UnsubscribeTokenHash == hash, cancellationToken);
    }

    /// <summary>Whether a confirmation link may still confirm: not expired, not used, not for an ended subscription.</summary>
    public bool CanConfirm(Subscription subscription) =>
        subscription.ConfirmedAt is null
        && subscription.UnsubscribedAt is null
        && subscription.ConfirmTokenExpiresAt is { } expires
        && time.GetUtcNow() < expires;

    public async Task<bool> ConfirmAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.IsActive)
        {
            return true;
        }

        if (!CanConfirm(subscription))
        {
            return false;
        }

        subscription.ConfirmedAt = time.GetUtcNow();
        subscription.ConfirmTokenExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Subscription {SubscriptionId} confirmed", subscription.Id);
        return true;
    }

    /// <summary>Changes the language the subscription's emails are written in ("en" or "ja").</summary>
    public async Task SetLanguageAsync(Subscription subscription, string language, CancellationToken cancellationToken)
    {
        subscription.Language = language;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Subscription {SubscriptionId} now gets emails in {Language}", subscription.Id, language);
    }

    public async Task UnsubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.UnsubscribedAt is not null)
        {
            return;
        }

        subscription.UnsubscribedAt = time.GetUtcNow();
        subscription.ConfirmTokenHash = null;
        subscription.ConfirmTokenExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await db.Deliveries
            .Where(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.LastError, "Unsubscribed before it was sent."), cancellationToken);
        logger.LogInformation("Subscription {SubscriptionId} unsubscribed", subscription.Id);
    }

    private void QueueConfirmation(Subscription subscription, DateTimeOffset now)
    {
        var token = AlertTokens.Create();
        subscription.ConfirmTokenHash = AlertTokens.Hash(token);
        subscription.ConfirmTokenExpiresAt = now + options.Value.ConfirmationLifetime;
        subscription.ConfirmationSentAt = now;
        var key = Guid.NewGuid().ToString("N");
        db.Deliveries.Add(new Delivery
        {
            Kind = DeliveryKind.Confirmation,
            Subscription = subscription,
            DedupKey = $"confirm/{key}",
            Channel = subscription.Channel,
            ProtectedToken = protector.Protect(token),
            Status = DeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }
}
