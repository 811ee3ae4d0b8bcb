namespace JapanAiGov.Web.Sources;

/// <summary>A source's recent passes for the admin poller page, with its title and one sentence on what it reads, in the current language.</summary>
public sealed record SourceRuns(string Title, string Lede, IReadOnlyList<SourceRun> Runs);
