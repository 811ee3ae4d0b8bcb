namespace JapanAiGov.Web.Sources;

/// <summary>
/// One pass of an official source (e-Gov laws, public comments, Diet bills): what it found goes in front of editors,
/// never changing an item by itself. Registered with <see cref="SourcesServiceCollectionExtensions.AddSource{TPass}"/>;
/// the loop service, the <c>poll</c> command and "Poll now" then run it.
/// </summary>
public interface ISourcePass
{
    /// <summary>
    /// Runs one pass under the source's own lease; its outcome in lines a person reads (the <c>poll</c> command prints
    /// them), or null when another instance holds the lease and nothing was read. One failing request or record never
    /// stops the pass: it is recorded in the pass's outcome.
    /// </summary>
    Task<IReadOnlyList<string>?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="count"/> recorded passes, newest first, for the admin poller page.</summary>
    Task<SourceRuns> RecentRunsAsync(int count, CancellationToken cancellationToken);

    /// <summary>
    /// When the last pass that finished started (not one still running or abandoned by a dead instance), so a restart
    /// does not poll again early but an interrupted pass is made up soon; null when none has finished.
    /// </summary>
    Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken);
}
