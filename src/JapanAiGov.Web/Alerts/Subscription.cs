using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// An email address following all items, one item or one topic. Alerts go only to confirmed, not unsubscribed
/// subscriptions. Tokens are stored as SHA-256 hashes; the unsubscribe token is also kept encrypted with Data
/// Protection because every alert has to carry it.
/// </summary>
public sealed class Subscription : IPrivateBookkeeping
{
    public const int EmailMaxLength = 254;
    public const int TopicMaxLength = 100;

    public long Id { get; set; }

    /// <summary>Normalised (see <see cref="EmailAddress"/>): trimmed, lower case, ASCII domain.</summary>
    public required string Email { get; set; }

    public SubscriptionScope Scope { get; set; }

    public int? ItemId { get; set; }

    public string? Topic { get; set; }

    /// <summary>"all", "item:{id}" or "topic:{topic}": one subscription per address and scope.</summary>
    public required string ScopeKey { get; set; }

    public AlertCadence Cadence { get; set; }

    /// <summary>Where its messages go; every subscription is by email today, so existing rows are <see cref="AlertChannel.Email"/>.</summary>
    public AlertChannel Channel { get; set; }

    /// <summary>The language ("en" or "ja") the subscription was made in; its emails are written in it.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Which of an item's own changes it hears about: status changes, action-level changes, or both (the default).</summary>
    public AlertFollows Follows { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? ConfirmTokenHash { get; set; }

    public DateTimeOffset? ConfirmTokenExpiresAt { get; set; }

    public DateTimeOffset? ConfirmationSentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public required string UnsubscribeTokenHash { get; set; }

    public required string UnsubscribeTokenProtected { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;

    public static string KeyFor(SubscriptionScope scope, int? itemId, string? topic) => scope switch
    {
        SubscriptionScope.AllItems => "all",
        SubscriptionScope.Item => $"item:{itemId}",
        SubscriptionScope.Topic => $"topic:{topic}",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
