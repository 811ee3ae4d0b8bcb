using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Analysis;

/// <summary>One item in the dashboard view; in a past view, Status and StatusChangedAt are as they stood then.</summary>
public sealed record DashboardRow(
    int Id,
    string Slug,
    string Title,
    string Topic,
    ItemStatus Status,
    DateTimeOffset StatusChangedAt,
    string? LawId,
    string? Snippet);
