using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>A citation on an item.</summary>
public sealed record ApiSource(string Publisher, string Title, string Url, DateOnly? PublishedOn, SourceKind Kind);
