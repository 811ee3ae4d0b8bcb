using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>
/// One entry of an item's action-level history; <c>id</c> is the same permanent id the feeds and /api/v1/changes use.
/// Texts are given in English and Japanese (…Ja, empty when not written).
/// </summary>
public sealed record ApiActionChange(
    string Id,
    ActionLevel? FromAction,
    ActionLevel ToAction,
    string Reason,
    string ReasonJa,
    string Trigger,
    string TriggerJa,
    DateOnly? DueOn,
    string DueLabel,
    string DueLabelJa,
    string ChangedBy,
    DateTimeOffset ChangedAt);
