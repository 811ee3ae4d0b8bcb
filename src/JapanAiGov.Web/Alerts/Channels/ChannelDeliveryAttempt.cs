namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// One HTTP attempt to a destination, for its delivery log: when, which delivery (its stable key) and attempt, the
/// status code or the kind of error, and the start of the answer. Never the URL or a secret.
/// </summary>
public sealed class ChannelDeliveryAttempt
{
    public const int AnswerMaxLength = 300;

    public long Id { get; set; }

    public long DestinationId { get; set; }

    /// <summary>The delivery's <see cref="Delivery.DedupKey"/>, or "test/…" for a test message.</summary>
    public required string DeliveryKey { get; set; }

    public DateTimeOffset At { get; set; }

    public int Attempt { get; set; }

    public int? StatusCode { get; set; }

    /// <summary>"sent", "retry", "failed", "gone", "refused", "timeout", "error".</summary>
    public required string Outcome { get; set; }

    public string? Answer { get; set; }
}
