namespace JapanAiGov.Web.Items;

/// <summary>One immutable entry in an item's action-level history (Monitor / Prepare / Act), like a <see cref="StatusChange"/>.</summary>
public sealed class ActionChange
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public RegulatoryItem? Item { get; set; }

    /// <summary>Null for the entry that records an item's first level.</summary>
    public ActionLevel? FromLevel { get; set; }

    public ActionLevel ToLevel { get; set; }

    /// <summary>Why this level, in English; empty when only the Japanese is written.</summary>
    public string Reason { get; set; } = string.Empty;

    public string ReasonJa { get; set; } = string.Empty;

    /// <summary>What would move the item up a level, in English; may be empty.</summary>
    public string Trigger { get; set; } = string.Empty;

    public string TriggerJa { get; set; } = string.Empty;

    /// <summary>The item's one key date at this level (a comment deadline, an enforcement date), if any.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>What <see cref="DueOn"/> is, in English ("comment deadline"); may be empty.</summary>
    public string DueLabel { get; set; } = string.Empty;

    public string DueLabelJa { get; set; } = string.Empty;

    /// <summary>Who made the change, as shown publicly: a display name or role, never an email address.</summary>
    public required string ChangedBy { get; set; }

    public string? ChangedByUserId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
