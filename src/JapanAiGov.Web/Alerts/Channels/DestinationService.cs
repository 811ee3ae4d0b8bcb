using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Creates, lists, disables, removes and tests destinations, for the admin page and the <c>channels</c> commands. A
/// destination and its subscription are created in one SaveChanges; removing one ends its subscription (so fan-out
/// skips it and its pending deliveries are cancelled) and deletes the destination with its log. Problems come back in
/// the current UI language (DestinationService.resx / .ja.resx).
/// </summary>
public sealed class DestinationService(
    AppDbContext db,
    DestinationSecrets secrets,
    AlertTokenProtector tokens,
    DestinationSender sender,
    WakeUpSignal<AlertDispatcher> wake,
    IOptions<ChannelsOptions> options,
    TimeProvider time,
    ILogger<DestinationService> logger)
{
    private static readonly ResourceText Text = new(typeof(DestinationService));

    public static AlertChannel? KindOf(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "webhook" => AlertChannel.Webhook,
        "slack" => AlertChannel.Slack,
        "teams" => AlertChannel.Teams,
        _ => null,
    };

    public async Task<DestinationCreated> CreateAsync(DestinationRequest request, CancellationToken cancellationToken)
    {
        var allowPrivate = options.Value.AllowPrivateNetworks;
        if (KindOf(request.Kind) is not { } kind)
        {
            return Problem("KindInvalid");
        }

        if (!DestinationUrl.TryParse(request.Url, allowHttp: allowPrivate, out var url, out var urlProblem))
        {
            return Problem(urlProblem);
        }

        if (!allowPrivate && await ForbiddenAsync(url.IdnHost, cancellationToken))
        {
            return Problem("UrlPrivate");
        }

        var language = AppCultures.Normalize(string.IsNullOrWhiteSpace(request.Language) ? AppCultures.English : request.Language.Trim());
        if (language is null)
        {
            return Problem("LanguageInvalid");
        }

        var itemSlug = request.ItemSlug?.Trim();
        var topic = request.Topic?.Trim();
        if (!string.IsNullOrEmpty(itemSlug) && !string.IsNullOrEmpty(topic))
        {
            return Problem("ScopeBoth");
        }

        int? itemId = null;
        if (!string.IsNullOrEmpty(itemSlug))
        {
            itemId = await db.Items.Where(i => i.Slug == itemSlug).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (itemId is null)
            {
                return Problem("ItemUnknown");
            }
        }

        if (topic is { Length: > Subscription.TopicMaxLength })
        {
            return Problem("TopicTooLong");
        }

        var scope = itemId is not null ? SubscriptionScope.Item : !string.IsNullOrEmpty(topic) ? SubscriptionScope.Topic : SubscriptionScope.AllItems;
        topic = scope == SubscriptionScope.Topic ? topic : null;
        var name = ChatText.Line(string.IsNullOrWhiteSpace(request.Name) ? url.IdnHost : request.Name, ChannelDestination.NameMaxLength);
        var now = time.GetUtcNow();
        var unsubscribeToken = AlertTokens.Create();
        var secret = kind == AlertChannel.Webhook ? WebhookSigning.NewSecret() : null;
        var destination = new ChannelDestination
        {
            Kind = kind,
            Name = name,
            UrlProtected = secrets.Protect(url.AbsoluteUri),
            UrlDisplay = DestinationUrl.Mask(url),
            SecretProtected = secret is null ? null : secrets.Protect(secret),
            CreatedAt = now,
            CreatedBy = request.CreatedBy,
            Subscription = new Subscription
            {
                // Not an address: the key its deliveries find their destination by (the unique index on Email + ScopeKey holds).
                Email = $"channel:{Guid.NewGuid():N}",
                Channel = kind,
                Scope = scope,
                ItemId = itemId,
                Topic = topic,
                ScopeKey = Subscription.KeyFor(scope, itemId, topic),
                Cadence = AlertCadence.Immediate,
                Language = language,
                CreatedAt = now,
                ConfirmedAt = now,
                UnsubscribeTokenHash = AlertTokens.Hash(unsubscribeToken),
                UnsubscribeTokenProtected = tokens.Protect(unsubscribeToken),
            },
        };
        db.ChannelDestinations.Add(destination);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{AlertChannel} destination {DestinationId} ({DestinationUrl}) created", kind, destination.Id, destination.UrlDisplay);
        return new DestinationCreated(destination, secret, null);
    }

    public Task<List<ChannelDestination>> ListAsync(CancellationToken cancellationToken) =>
        db.ChannelDestinations.AsNoTracking().Include(d => d.Subscription).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public Task<ChannelDestination?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.ChannelDestinations.Include(d => d.Subscription).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        var destination = await FindAsync(id, cancellationToken);
        if (destination is null)
        {
            return false;
        }

        destination.Subscription!.UnsubscribedAt ??= time.GetUtcNow();
        db.ChannelDeliveryAttempts.RemoveRange(db.ChannelDeliveryAttempts.Where(a => a.DestinationId == id));
        db.ChannelDestinations.Remove(destination);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{AlertChannel} destination {DestinationId} removed", destination.Kind, id);
        return true;
    }

    public async Task<bool> SetEnabledAsync(long id, bool enabled, CancellationToken cancellationToken)
    {
        var destination = await FindAsync(id, cancellationToken);
        if (destination is null)
        {
            return false;
        }

        if (enabled)
        {
            destination.Enable();
        }
        else
        {
            destination.Disable(Text["DisabledByAdmin"], time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A new signing secret (returned once); the previous one keeps signing for 24 hours.</summary>
    public async Task<string?> RotateSecretAsync(long id, CancellationToken cancellationToken)
    {
        var destination = await FindAsync(id, cancellationToken);
        if (destination is not { Kind: AlertChannel.Webhook })
        {
            return null;
        }

        var secret = WebhookSigning.NewSecret();
        destination.RotateSecret(secrets.Protect(secret), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Webhook destination {DestinationId}: signing secret rotated", id);
        return secret;
    }

    /// <summary>Sends one of this destination's sent or dead deliveries again (same key, so a webhook keeps its id).</summary>
    public async Task<bool> RedeliverAsync(long id, long deliveryId, CancellationToken cancellationToken)
    {
        var subscriptionId = await db.ChannelDestinations.Where(d => d.Id == id && d.Enabled).Select(d => (long?)d.SubscriptionId).SingleOrDefaultAsync(cancellationToken);
        var count = await db.Deliveries
            .Where(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Dead))
            .RequeueAsync(time.GetUtcNow(), cancellationToken);
        wake.Notify();
        return count == 1;
    }

    /// <summary>A test message in the destination's real format, sent now (not through the outbox), and its answer.</summary>
    public async Task<ChannelAnswer?> SendTestAsync(long id, CancellationToken cancellationToken)
    {
        var destination = await db.ChannelDestinations.AsNoTracking().Include(d => d.Subscription).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (destination is null)
        {
            return null;
        }

        var language = destination.Subscription!.Language;
        string headline, scope;
        using (CultureScope.Use(language))
        {
            (headline, scope) = (ChannelFacts.TestHeadline(), await ScopeAsync(destination.Subscription, cancellationToken));
        }

        var message = new AlertMessage
        {
            Kind = DeliveryKind.Alert,
            DeliveryKey = $"test/{Guid.NewGuid():N}",
            Recipient = destination.Subscription.Email,
            Language = language,
            Headline = headline,
            ScopeDescription = scope,
            Cadence = AlertCadence.Immediate,
        };
        return await sender.SendAsync(destination, message, cancellationToken);
    }

    private async Task<string> ScopeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var item = subscription.ItemId is { } itemId
            ? await db.Items.Where(i => i.Id == itemId).Select(i => new { i.Title, i.TitleJa }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var title = item is null ? null : Bilingual.Pick(item.Title, item.TitleJa, AppCultures.IsJapanese()).Text;
        return AlertMessageComposer.DescribeScope(subscription.Scope, title, subscription.Topic);
    }

    private static async Task<bool> ForbiddenAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return (await NetworkGuard.ResolveAsync(host, cancellationToken)).Forbidden is not null;
        }
        catch (System.Net.Sockets.SocketException)
        {
            // A name that does not resolve now is not proof of anything; every send checks again.
            return false;
        }
    }

    private static DestinationCreated Problem(string key) => new(null, null, Text[key]);
}
