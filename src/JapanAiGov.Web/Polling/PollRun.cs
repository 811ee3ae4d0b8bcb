using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>One poll pass over the watched laws, recorded for /admin/poller and the dashboard's freshness line.</summary>
public sealed class PollRun : Sources.ISourceRun
{
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public PollTrigger Trigger { get; set; }

    public PollOutcome Outcome { get; set; }

    /// <summary>Which process ran it (machine and process id), for scale-out diagnostics.</summary>
    public string? Instance { get; set; }

    public int LawsChecked { get; set; }

    public int LawsFailed { get; set; }

    public int NewRevisions { get; set; }

    public int UpdatesCreated { get; set; }

    /// <summary>Why the pass itself failed (per-law errors are in <see cref="Laws"/>).</summary>
    public string? Error { get; set; }

    public List<PollLawResult> Laws { get; set; } = [];

    /// <summary>Counts one law's result into the pass.</summary>
    public void Add(PollLawResult result)
    {
        Laws.Add(result);
        LawsChecked++;
        LawsFailed += result.Outcome == PollLawOutcome.Succeeded ? 0 : 1;
        NewRevisions += result.NewRevisions;
        UpdatesCreated += result.UpdatesCreated;
    }

    /// <summary>Every law was looked at: succeeded when none failed, failed when all did.</summary>
    public void Complete() =>
        Outcome = LawsFailed == 0 ? PollOutcome.Succeeded
            : LawsFailed < LawsChecked ? PollOutcome.PartiallyFailed
            : PollOutcome.Failed;
}
