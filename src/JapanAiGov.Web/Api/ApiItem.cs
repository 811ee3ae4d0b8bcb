using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>
/// An item as listed by GET /api/v1/items. <c>action</c> is what an organisation should do about it now (Monitor,
/// Prepare, Act), with its reason and trigger in English and Japanese (…Ja; empty when not written).
/// </summary>
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
    ActionLevel Action,
    string ActionLabel,
    string ActionReason,
    string ActionReasonJa,
    string ActionTrigger,
    string ActionTriggerJa,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason);
