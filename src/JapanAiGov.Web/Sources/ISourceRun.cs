namespace JapanAiGov.Web.Sources;

/// <summary>
/// What every source's run row shares for <see cref="AbandonedRuns"/>: the instance that ran it (its lease holder),
/// how it ended, and why.
/// </summary>
public interface ISourceRun
{
    /// <summary>The <see cref="HeldLease.Holder"/> of the pass that wrote the row.</summary>
    string? Instance { get; set; }

    PollOutcome Outcome { get; set; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The run entities' column, named before this interface; no Visual Basic implementers.")]
    string? Error { get; set; }
}
