namespace JapanAiGov.Web.Polling;

/// <summary>What one pass found for one watched law.</summary>
public sealed class PollLawResult
{
    public long Id { get; set; }

    public long PollRunId { get; set; }

    public int? WatchedLawId { get; set; }

    public required string LawId { get; set; }

    public PollLawOutcome Outcome { get; set; }

    /// <summary>This pass recorded the law's existing history as its baseline.</summary>
    public bool Baseline { get; set; }

    public int RevisionsSeen { get; set; }

    public int NewRevisions { get; set; }

    public int UpdatesCreated { get; set; }

    /// <summary>The revision in force changed in this pass (to this law_revision_id).</summary>
    public string? NowInForce { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}
