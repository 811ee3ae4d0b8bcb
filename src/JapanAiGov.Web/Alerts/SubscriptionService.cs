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

        // Every path does the same work — two tokens made and protected, the same rows written — so the time an answer
        // takes does not tell a confirmed address from a new one.
        var unsubscribeToken = AlertTokens.Create();
        var protectedUnsubscribeToken = protector.Protect(unsubscribeToken);
        var confirmToken = AlertTokens.Create();
        var protectedConfirmToken = protector.Protect(confirmToken);
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Email == request.Email && s.ScopeKey == scopeKey, cancellationToken);
        if (subscription is { IsActive: true })
        {
            // Already confirmed: nothing changes and nothing is sent; the page reads the same either way.
            await WriteAsIfNewAsync(request, now, (unsubscribeToken, protectedUnsubscribeToken), (confirmToken, protectedConfirmToken), cancellationToken);
            logger.LogInformation("Subscribe request for an already confirmed subscription {SubscriptionId}", subscription.Id);
            return;
        }

        if (subscription is null)
        {
            subscription = NewSubscription(request, scopeKey, now, unsubscribeToken, protectedUnsubscribeToken);
            db.Subscriptions.Add(subscription);
            QueueConfirmation(subscription, confirmToken, protectedConfirmToken, now);
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
                await WriteAsIfNewAsync(request, now, (unsubscribeToken, protectedUnsubscribeToken), (confirmToken, protectedConfirmToken), cancellationToken);
                logger.LogInformation("Confirmation for subscription {SubscriptionId} sent recently; not sending another", subscription.Id);
                return;
            }

            await db.Deliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Kind == DeliveryKind.Confirmation && d.Status == DeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.LastError, "Superseded by a newer confirmation email."), cancellationToken);
            QueueConfirmation(subscription, confirmToken, protectedConfirmToken, now);
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

    /// <summary>
    /// The settings page's change: scope, cadence, language and which changes, in one write, or none when nothing
    /// differs. A scope the address already has a subscription for (of any state: one row per address and scope) is
    /// refused rather than merged, so the other subscription's own links keep working.
    /// </summary>
    public async Task<SettingsOutcome> ChangeSettingsAsync(Subscription subscription, SubscriptionSettings settings, CancellationToken cancellationToken)
    {
        var scopeKey = Subscription.KeyFor(settings.Scope, settings.ItemId, settings.Topic);
        if (scopeKey == subscription.ScopeKey && settings.Cadence == subscription.Cadence && settings.Language == subscription.Language
            && settings.Follows == subscription.Follows)
        {
            logger.LogInformation("Subscription {SubscriptionId} settings unchanged", subscription.Id);
            return SettingsOutcome.Unchanged;
        }

        if (scopeKey != subscription.ScopeKey
            && await db.Subscriptions.AnyAsync(s => s.Email == subscription.Email && s.ScopeKey == scopeKey && s.Id != subscription.Id, cancellationToken))
        {
            logger.LogInformation("Subscription {SubscriptionId} settings not changed: the address already has scope {Scope}", subscription.Id, scopeKey);
            return SettingsOutcome.ScopeTaken;
        }

        subscription.Scope = settings.Scope;
        subscription.ItemId = settings.ItemId;
        subscription.Topic = settings.Topic;
        subscription.ScopeKey = scopeKey;
        subscription.Cadence = settings.Cadence;
        subscription.Language = settings.Language;
        subscription.Follows = settings.Follows;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address took that scope in a concurrent request (the unique index on address and scope).
            db.ChangeTracker.Clear();
            logger.LogInformation("Subscription {SubscriptionId} settings not changed: the address took scope {Scope} meanwhile", subscription.Id, scopeKey);
            return SettingsOutcome.ScopeTaken;
        }

        logger.LogInformation(
            "Subscription {SubscriptionId} settings changed: scope {Scope}, {Cadence}, {Language}, follows {Follows}",
            subscription.Id, scopeKey, settings.Cadence, settings.Language, settings.Follows);
        return SettingsOutcome.Saved;
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

    /// <summary>
    /// For a request that queues nothing: the rows a new address gets, written in a transaction that is rolled back,
    /// and the dispatcher woken, so the answer takes as long as a new address's.
    /// </summary>
    private async Task WriteAsIfNewAsync(SubscriptionRequest request, DateTimeOffset now, (string Plain, string Protected) unsubscribeToken, (string Plain, string Protected) confirmToken, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var unchanged = NewSubscription(request, "unchanged", now, unsubscribeToken.Plain, unsubscribeToken.Protected);
            db.Subscriptions.Add(unchanged);
            QueueConfirmation(unchanged, confirmToken.Plain, confirmToken.Protected, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        signal.Notify();
    }

    private static Subscription NewSubscription(SubscriptionRequest request, string scopeKey, DateTimeOffset now, string unsubscribeToken, string protectedUnsubscribeToken) => new()
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
        UnsubscribeTokenProtected = protectedUnsubscribeToken,
    };

    private void QueueConfirmation(Subscription subscription, string token, string protectedToken, DateTimeOffset now)
    {
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
            ProtectedToken = protectedToken,
            Status = DeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }
}
