namespace JapanAiGov.Web.Changes;

/// <summary>
/// What a reader is asked for: up to <see cref="Limit"/> entries, newest first, optionally for one item, not older
/// than <see cref="Since"/> (inclusive, UTC), strictly after <see cref="After"/> in the log's order, with item titles
/// in Japanese or English.
/// </summary>
public sealed record ChangeQuery(int Limit, int? ItemId, DateTimeOffset? Since, ChangePosition? After, bool Japanese);
