using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.PublicComments;

/// <summary>One read of one public-comment feed (a source), recorded for /admin/poller whatever happened.</summary>
public sealed class PublicCommentRun : ISourceRun
{
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }

    public PublicCommentFeed Feed { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public PollTrigger Trigger { get; set; }

    /// <summary>Succeeded; PartiallyFailed when some items were skipped or had unreadable fields; Failed when the feed could not be read at all.</summary>
    public PollOutcome Outcome { get; set; }

    public string? Instance { get; set; }

    public int EntriesRead { get; set; }

    public int CasesAdded { get; set; }

    public int ResultsAdded { get; set; }

    public int MatchesAdded { get; set; }

    /// <summary>Why the feed could not be read, or the problems with single items (one per line).</summary>
    public string? Error { get; set; }
}
