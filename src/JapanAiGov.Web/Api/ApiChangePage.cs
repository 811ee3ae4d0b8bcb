namespace JapanAiGov.Web.Api;

/// <summary>A page of changes, newest first. Pass <c>nextCursor</c> back as <c>cursor</c> for older ones; null on the last page.</summary>
public sealed record ApiChangePage(IReadOnlyList<ApiChange> Changes, int Limit, string? NextCursor);
