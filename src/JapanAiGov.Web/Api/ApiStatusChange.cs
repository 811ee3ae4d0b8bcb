using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>One entry of an item's status history; <c>id</c> is the same permanent id the feeds and /api/v1/changes use.</summary>
public sealed record ApiStatusChange(
    string Id,
    ItemStatus? FromStatus,
    ItemStatus ToStatus,
    string Reason,
    string? EvidenceUrl,
    DateOnly? EffectiveOn,
    string ChangedBy,
    DateTimeOffset ChangedAt);
