using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>An item as listed by GET /api/v1/items (withdrawn items too, with <c>withdrawnAt</c> set).</summary>
/// <param name="Title">The English title.</param>
/// <param name="TitleJa">The Japanese title; empty when not written yet.</param>
public sealed record ApiItem(
    string Slug,
    string Title,
    string TitleJa,
    string Topic,
    string Jurisdiction,
    ItemStatus Status,
    string StatusLabel,
    DateTimeOffset StatusChangedAt,
    string? LawId,
    DateTimeOffset UpdatedAt,
    Uri Url,
    Uri ApiUrl,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason);
