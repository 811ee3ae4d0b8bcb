using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>When e-Gov was last checked successfully, and whether that is too long ago.</summary>
public sealed record EGovFreshness(DateTimeOffset? LastSuccessAt, DateTimeOffset? LastAttemptAt, PollOutcome? LastOutcome, bool IsStale, TimeSpan StaleAfter);
