using System.Globalization;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Composes the channel-neutral <see cref="AlertMessage"/> for a delivery of each kind (confirmation, alert, digest),
/// and says in words what a subscription follows. What changed comes from <see cref="ChangeLog"/>, the read model
/// behind /changes, the Atom feeds and the API, so an alert never says something different from the site. Each
/// message is written in its subscription's language (<see cref="Subscription.Language"/>), whatever the language of
/// the request or pass that sends it; its channel renders it (email: <c>Alerts/Email/EmailChannel</c>).
/// Scoped: changes and scope descriptions are cached per language for one dispatcher pass.
/// </summary>
public sealed class AlertMessageComposer(AppDbContext db, ChangeLog changeLog, IOptions<AppOptions> app, IOptions<AlertsOptions> alerts, AlertTokenProtector protector)
{
    private readonly Dictionary<(long, string), ChangeEntry?> _changes = [];
    private readonly Dictionary<(long, string), string> _scopes = [];

    /// <summary>What a subscription follows, in the current UI language (SubscriptionScopeText.resx / .ja.resx).</summary>
    public static string DescribeScope(SubscriptionScope scope, string? itemTitle, string? topic) =>
        SubscriptionScopeText.Describe(scope, itemTitle, topic);

    public async Task<string> DescribeScopeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var japanese = AppCultures.IsJapanese();
        var key = (subscription.Id, japanese ? AppCultures.Japanese : AppCultures.English);
        if (!_scopes.TryGetValue(key, out var scope))
        {
            var item = subscription.ItemId is { } itemId
                ? await db.Items.Where(i => i.Id == itemId).Select(i => new { i.Title, i.TitleJa }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var itemTitle = item is null ? null : Bilingual.Pick(item.Title, item.TitleJa, japanese).Text;
            scope = DescribeScope(subscription.Scope, itemTitle, subscription.Topic);
            _scopes[key] = scope;
        }

        return scope;
    }

    /// <summary>
    /// The message for <paramref name="delivery"/> (its Subscription loaded), in the subscription's language, or null
    /// when there is nothing to send any more.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A token cannot be decrypted (see <see cref="AlertTokenProtector.IsKeyProblem"/>).</exception>
    public async Task<AlertMessage?> ComposeAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var subscription = delivery.Subscription ?? throw new InvalidOperationException("The delivery's subscription is not loaded.");

        // Async: the language set here stays within this call (the caller's culture comes back when it returns).
        using var language = CultureScope.Use(subscription.Language);
        switch (delivery.Kind)
        {
            case DeliveryKind.Confirmation when subscription.ConfirmedAt is null && subscription.UnsubscribedAt is null && delivery.ProtectedToken is not null:
                var token = protector.Unprotect(delivery.ProtectedToken);
                return subscription.ConfirmTokenHash != AlertTokens.Hash(token)
                    ? null
                    : await MessageAsync(delivery, AlertHeadline.Confirmation(), cancellationToken) with
                    {
                        ConfirmToken = token,
                        ConfirmUrl = AlertLinks.Confirm(app.Value, token),
                    };

            case DeliveryKind.Alert when subscription.IsActive && delivery.AlertEventId is { } eventId:
                var change = await LoadChangeAsync(eventId, cancellationToken);
                return change is null || IsRetracted(change)
                    ? null
                    : Unsubscribable(await MessageAsync(delivery, AlertHeadline.For(change), cancellationToken) with
                    {
                        Changes = [change],
                        ItemUrl = AlertLinks.Item(app.Value, change.ItemSlug),
                    }, subscription);

            case DeliveryKind.Digest when subscription.IsActive && delivery.DigestDate is { } day:
                var changes = await LoadDigestAsync(subscription, day, cancellationToken);
                return changes.Count == 0
                    ? null
                    : Unsubscribable(await MessageAsync(delivery, AlertHeadline.Digest(day, changes.Count), cancellationToken) with
                    {
                        Changes = changes,
                        DigestDate = day,
                    }, subscription);

            default:
                return null;
        }
    }

    private async Task<AlertMessage> MessageAsync(Delivery delivery, string headline, CancellationToken cancellationToken)
    {
        var subscription = delivery.Subscription!;
        return new AlertMessage
        {
            Kind = delivery.Kind,
            DeliveryKey = delivery.DedupKey,
            Recipient = subscription.Email,
            Language = subscription.Language,
            Headline = headline,
            ScopeDescription = await DescribeScopeAsync(subscription, cancellationToken),
            Cadence = subscription.Cadence,
        };
    }

    /// <summary>Alerts and digests carry the subscription's unsubscribe link (one-click, for email).</summary>
    private AlertMessage Unsubscribable(AlertMessage message, Subscription subscription)
    {
        var token = protector.Unprotect(subscription.UnsubscribeTokenProtected);
        return message with { UnsubscribeToken = token, UnsubscribeUrl = AlertLinks.Unsubscribe(app.Value, token) };
    }

    private async Task<ChangeEntry?> LoadChangeAsync(long eventId, CancellationToken cancellationToken)
    {
        var key = (eventId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (!_changes.TryGetValue(key, out var change))
        {
            change = (await LoadChangesAsync(db.AlertEvents.Where(e => e.Id == eventId), cancellationToken)).SingleOrDefault();
            _changes[key] = change;
        }

        return change;
    }

    private async Task<IReadOnlyList<ChangeEntry>> LoadDigestAsync(Subscription subscription, DateOnly day, CancellationToken cancellationToken)
    {
        var start = DigestDays.Start(day, alerts.Value.DigestHour);
        var end = DigestDays.Start(day.AddDays(1), alerts.Value.DigestHour);
        var confirmedAt = subscription.ConfirmedAt!.Value;
        var changes = await LoadChangesAsync(DigestComposer.DigestEvents(db.AlertEvents).Where(e => e.CreatedAt >= start && e.CreatedAt < end && e.CreatedAt >= confirmedAt), cancellationToken);
        return changes.Where(c => !IsRetracted(c) && subscription.Follows.Includes(c.Kind) && DigestComposer.Matches(subscription.Scope, subscription.ItemId, subscription.Topic, c.ItemId, c.ItemTopic)).ToList();
    }

    /// <summary>
    /// A status change retracted before its message went out is not sent at all: whoever was not told of it needs no
    /// correction either (<see cref="AlertFanOut"/> sends corrections only where the change was delivered).
    /// </summary>
    private static bool IsRetracted(ChangeEntry change) => change.Kind == ChangeKind.StatusChange && change.RetractedAt is not null;

    private async Task<IReadOnlyList<ChangeEntry>> LoadChangesAsync(IQueryable<AlertEvent> events, CancellationToken cancellationToken)
    {
        // Whole rows (a few columns each): a projection would have to name every kind's link and miss the next one.
        var links = await events.AsNoTracking().ToListAsync(cancellationToken);
        return await changeLog.FindAsync(links.Select(l => l.Change).OfType<ChangeRef>().ToList(), cancellationToken);
    }
}
