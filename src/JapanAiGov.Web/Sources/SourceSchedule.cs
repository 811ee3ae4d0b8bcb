namespace JapanAiGov.Web.Sources;

/// <summary>When a source's loop runs: every <see cref="Interval"/> while <see cref="Enabled"/>; only on request ("Poll now", <c>poll</c>) otherwise.</summary>
public sealed record SourceSchedule(bool Enabled, TimeSpan Interval);
