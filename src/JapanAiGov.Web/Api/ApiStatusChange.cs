using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>
/// One entry of an item's status history; <c>id</c> is the same permanent id the feeds and /api/v1/changes use. A change
/// an editor retracted as made in error stays, with <c>retracted</c> true and when and why.
/// </summary>
public sealed record ApiStatusChange(
    string Id,
    ItemStatus? FromStatus,
    ItemStatus ToStatus,
    string Reason,
    string? EvidenceUrl,
    DateOnly? EffectiveOn,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    bool Retracted,
    DateTimeOffset? RetractedAt,
    string? RetractionReason);
