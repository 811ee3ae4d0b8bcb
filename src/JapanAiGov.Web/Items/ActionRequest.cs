namespace JapanAiGov.Web.Items;

/// <summary>
/// A requested action level with its texts as the editor typed them: the reason and trigger in English and Japanese
/// (the reason in at least one), and the optional key date with its label.
/// </summary>
public sealed record ActionRequest(
    ActionLevel Level,
    string? Reason,
    string? ReasonJa,
    string? Trigger = null,
    string? TriggerJa = null,
    DateOnly? DueOn = null,
    string? DueLabel = null,
    string? DueLabelJa = null);
