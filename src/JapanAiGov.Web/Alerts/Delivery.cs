namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One email to send: the outbox row the dispatcher claims with a lease, sends, and marks sent, retried or dead.
/// <see cref="DedupKey"/> is unique, so fan-out and digest composition can never queue the same email twice.
/// </summary>
public sealed class Delivery
{
    public const int LastErrorMaxLength = 1000;

    public long Id { get; set; }

    public DeliveryKind Kind { get; set; }

    public long SubscriptionId { get; set; }

    public Subscription? Subscription { get; set; }

    public long? AlertEventId { get; set; }

    /// <summary>The UTC day a digest covers.</summary>
    public DateOnly? DigestDate { get; set; }

    /// <summary>"alert/{event}/{subscription}", "digest/{subscription}/{day}" or "confirm/{subscription}/{random}".</summary>
    public required string DedupKey { get; set; }

    /// <summary>Derived from what is sent (event and subscription), so a rare re-send can be recognised by the receiver.</summary>
    public required string MessageId { get; set; }

    /// <summary>A confirmation email's raw token, encrypted with Data Protection; cleared once sent (kept while dead, so an admin can retry).</summary>
    public string? ProtectedToken { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
