namespace JapanAiGov.Web.Analysis;

/// <summary>The dashboard's query string as typed (<c>?status=&amp;topic=&amp;q=&amp;asof=&amp;page=&amp;action=&amp;withdrawn=</c>), before validation.</summary>
/// <param name="Withdrawn">"include" shows withdrawn items too (marked); anything else hides them.</param>
public sealed record DashboardFilter(string? Status = null, string? Topic = null, string? Query = null, string? AsOf = null, string? Page = null, string? Action = null, string? Withdrawn = null);
