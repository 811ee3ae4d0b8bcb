namespace JapanAiGov.Web.Items;

/// <summary>
/// One entry in an item's withdrawal history: the reported plan was walked back (撤回), or a withdrawn item was
/// restored. The item keeps its last status either way; <see cref="RegulatoryItem.WithdrawnAt"/> holds the current state.
/// </summary>
public sealed class ItemWithdrawal
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public RegulatoryItem? Item { get; set; }

    /// <summary>True for a withdrawal, false for a restoration.</summary>
    public bool Withdrawn { get; set; }

    public required string Reason { get; set; }

    /// <summary>Required for a withdrawal (what reported the walk-back); optional for a restoration.</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>Who made it, as shown publicly: a display name or role, never an email address.</summary>
    public required string ChangedBy { get; set; }

    public string? ChangedByUserId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
