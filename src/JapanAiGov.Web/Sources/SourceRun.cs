namespace JapanAiGov.Web.Sources;

/// <summary>
/// One recorded pass (or one part of it, e.g. one feed) as the admin poller page lists it for any source: when, why,
/// the outcome, what was found in words of the current language, and the problems.
/// </summary>
/// <param name="Part">The part of the source this row is about (a feed), in words; null when a pass is one row.</param>
/// <param name="PartId">A stable id of <paramref name="Part"/> (pages and tests select on it).</param>
/// <param name="Details">Per-part lines (each law of a pass), shown folded.</param>
public sealed record SourceRun(
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    PollTrigger Trigger,
    PollOutcome Outcome,
    string? Part,
    string? PartId,
    string Found,
    string? Error,
    IReadOnlyList<string> Details);
