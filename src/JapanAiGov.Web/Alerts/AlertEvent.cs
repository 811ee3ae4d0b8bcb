namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Something subscribers may need to hear about, written in the same transaction as the change itself
/// (the outbox). A background fan-out turns it into deliveries; <see cref="FannedOutAt"/> marks that done.
/// </summary>
public sealed class AlertEvent
{
    public long Id { get; set; }

    public AlertEventKind Kind { get; set; }

    public int ItemId { get; set; }

    public long? StatusChangeId { get; set; }

    public Items.StatusChange? StatusChange { get; set; }

    public long? LegislativeUpdateId { get; set; }

    /// <summary>The confirmed public-comment match, for <see cref="AlertEventKind.PublicComment"/>.</summary>
    public long? PublicCommentMatchId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FannedOutAt { get; set; }
}
