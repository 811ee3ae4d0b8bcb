using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>One item in full, as returned by GET /api/v1/items/{slug}. Each text is given in English and Japanese (…Ja, empty when not written yet).</summary>
public sealed record ApiItemDetails(
    string Slug,
    string Title,
    string TitleJa,
    string Topic,
    string Jurisdiction,
    ItemStatus Status,
    string StatusLabel,
    DateTimeOffset StatusChangedAt,
    string? LawId,
    string Summary,
    string SummaryJa,
    string WhatToWatch,
    string WhatToWatchJa,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ApiSource> Sources,
    IReadOnlyList<ApiStatusChange> StatusHistory,
    Uri Url,
    Uri FeedUrl,
    IReadOnlyList<ApiDietBill> DietBills,
    ActionLevel Action,
    string ActionLabel,
    DateTimeOffset? ActionChangedAt,
    string ActionReason,
    string ActionReasonJa,
    string ActionTrigger,
    string ActionTriggerJa,
    DateOnly? ActionDueOn,
    string ActionDueLabel,
    string ActionDueLabelJa,
    IReadOnlyList<ApiActionChange> ActionHistory,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason);
