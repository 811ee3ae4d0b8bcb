using JapanAiGov.Web.Changes;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// What one delivery says, before any channel's wire format: built by <see cref="AlertMessageComposer"/> (in the
/// subscription's language), rendered by the delivery's <see cref="IAlertChannel"/>. Facts, links and the tokens
/// behind them; no markup, headers or message ids.
/// </summary>
public sealed record AlertMessage
{
    public required DeliveryKind Kind { get; init; }

    /// <summary>
    /// The delivery's stable id (its <see cref="Delivery.DedupKey"/>: "alert/{event}/{subscription}",
    /// "digest/{subscription}/{yyyy-MM-dd}" or "confirm/{random}"), the same on every attempt, so a channel can derive
    /// ids that let the receiver recognise a rare re-send.
    /// </summary>
    public required string DeliveryKey { get; init; }

    /// <summary>The subscription's address on its channel (an email address, for <see cref="AlertChannel.Email"/>).</summary>
    public required string Recipient { get; init; }

    /// <summary>"en" or "ja" (<see cref="Subscription.Language"/>): channels render in it.</summary>
    public required string Language { get; init; }

    /// <summary>One line in <see cref="Language"/> (<see cref="AlertHeadline"/>).</summary>
    public required string Headline { get; init; }

    /// <summary>What the subscription follows, in <see cref="Language"/> ("the topic “privacy”").</summary>
    public required string ScopeDescription { get; init; }

    public required AlertCadence Cadence { get; init; }

    /// <summary>The one change of an alert; every change of a digest; none for a confirmation.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    /// <summary>The day in Japan (JST) a digest covers.</summary>
    public DateOnly? DigestDate { get; init; }

    /// <summary>The page of an alert's item (each change names its own item by slug: <see cref="AlertLinks.Item"/>).</summary>
    public Uri? ItemUrl { get; init; }

    /// <summary>A confirmation's raw token and the page that confirms with it.</summary>
    public string? ConfirmToken { get; init; }

    public Uri? ConfirmUrl { get; init; }

    /// <summary>The subscription's raw unsubscribe token (alerts and digests) and the page that unsubscribes with it.</summary>
    public string? UnsubscribeToken { get; init; }

    public Uri? UnsubscribeUrl { get; init; }
}
