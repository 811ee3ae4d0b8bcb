using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>One item in full, as returned by GET /api/v1/items/{slug}.</summary>
public sealed record ApiItemDetails(
    string Slug,
    string Title,
    string Topic,
    string Jurisdiction,
    ItemStatus Status,
    string StatusLabel,
    DateTimeOffset StatusChangedAt,
    string? LawId,
    string Summary,
    string WhatToWatch,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ApiSource> Sources,
    IReadOnlyList<ApiStatusChange> StatusHistory,
    Uri Url,
    Uri FeedUrl);
