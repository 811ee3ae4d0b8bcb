namespace JapanAiGov.Web.Items;

/// <summary>One immutable entry in an item's status history.</summary>
public sealed class StatusChange
{
    public const int ChangedByMaxLength = 200;

    public long Id { get; set; }

    public int ItemId { get; set; }

    public RegulatoryItem? Item { get; set; }

    /// <summary>Null for the entry that records an item's first status.</summary>
    public ItemStatus? FromStatus { get; set; }

    public ItemStatus ToStatus { get; set; }

    public required string Reason { get; set; }

    public string? EvidenceUrl { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Who made the change, as shown publicly: a display name or role, never an email address.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>The editor's user id, when a signed-in editor made the change.</summary>
    public string? ChangedByUserId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
