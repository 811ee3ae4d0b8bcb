namespace JapanAiGov.Web.Items;

/// <summary>
/// One entry in an item's status history. What it said never changes; an editor can only retract it (the latest entry
/// of its item, once), which marks it with who, when and why (<see cref="RegulatoryItem.RetractLastChange"/>).
/// </summary>
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

    /// <summary>When an editor retracted the change as made in error; null while it stands.</summary>
    public DateTimeOffset? RetractedAt { get; set; }

    /// <summary>Who retracted it, as shown publicly (like <see cref="ChangedBy"/>).</summary>
    public string? RetractedBy { get; set; }

    public string? RetractedByUserId { get; set; }

    /// <summary>Why it was retracted: published with the correction.</summary>
    public string? RetractionReason { get; set; }

    public bool IsRetracted => RetractedAt is not null;
}
