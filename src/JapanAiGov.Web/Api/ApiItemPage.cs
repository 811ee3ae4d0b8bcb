namespace JapanAiGov.Web.Api;

/// <summary>A page of items. Pass <c>nextCursor</c> back as <c>cursor</c> for the next page; null on the last page.</summary>
public sealed record ApiItemPage(IReadOnlyList<ApiItem> Items, int Limit, string? NextCursor);
