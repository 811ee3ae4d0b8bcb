using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Diet;

/// <summary>One pass of the Diet watcher, recorded for /admin/poller whatever happened.</summary>
public sealed class DietRun : Sources.ISourceRun
{
    public const int ErrorMaxLength = 4000;

    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public PollTrigger Trigger { get; set; }

    public PollOutcome Outcome { get; set; }

    public string? Instance { get; set; }

    public int PagesRead { get; set; }

    public int BillsListed { get; set; }

    public int BillsMatched { get; set; }

    public int StagesRecorded { get; set; }

    /// <summary>What went wrong (pages or bills that could not be read), one problem a line; null when nothing did.</summary>
    public string? Error { get; set; }
}
