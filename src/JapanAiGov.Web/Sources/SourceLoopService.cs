using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// The one thin loop around every registered source's pass: a pass every interval (counted from the last finished
/// pass, so restarts do not poll again early), and one whenever an editor presses "Poll now". A scheduled pass that
/// finds another instance holding the source's lease tries again a minute later (<see cref="RetryAfterSkip"/>) rather
/// than a whole interval later: if that instance died mid-pass, its lease lapses within a minute and this one makes the
/// pass up; if it finishes, its pass counts. With the source's schedule off it only answers "Poll now". Waits use the
/// injected <see cref="TimeProvider"/>; a failed pass is logged and never stops the host.
/// </summary>
public sealed class SourceLoopService<TPass>(
    IServiceScopeFactory scopes,
    WakeUpSignal<TPass> pollNow,
    IEnumerable<SourceRegistration> registrations,
    IServiceProvider services,
    TimeProvider time,
    ILogger<SourceLoopService<TPass>> logger) : BackgroundService
    where TPass : class, ISourcePass
{
    private readonly SourceRegistration _source = registrations.Single(r => r.PassType == typeof(TPass));
    public static readonly TimeSpan RetryAfterSkip = TimeSpan.FromMinutes(1);

    private DateTimeOffset? _lastAttempt;
    private DateTimeOffset? _skippedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var schedule = _source.Schedule(services);
        if (!schedule.Enabled)
        {
            logger.LogInformation("The {Source} schedule is off; its passes run only on request", _source.Name);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? attempt = null;
            try
            {
                var wait = schedule.Enabled ? await TimeUntilDueAsync(schedule.Interval, stoppingToken) : Timeout.InfiniteTimeSpan;
                var requested = await pollNow.WaitAsync(wait, time, stoppingToken);
                attempt = time.GetUtcNow();
                using var scope = scopes.CreateScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<TPass>().RunOnceAsync(requested ? PollTrigger.Manual : PollTrigger.Scheduled, stoppingToken);
                if (outcome is null)
                {
                    _skippedAt = attempt;
                }
                else
                {
                    (_lastAttempt, _skippedAt) = (attempt, null);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The {Source} loop hit an error; it carries on at the next interval", _source.Name);
                _lastAttempt = attempt ?? _lastAttempt ?? time.GetUtcNow();
            }
        }
    }

    private async Task<TimeSpan> TimeUntilDueAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var last = _lastAttempt;
        try
        {
            using var scope = scopes.CreateScope();
            var lastRecorded = await scope.ServiceProvider.GetRequiredService<TPass>().LastStartedAtAsync(cancellationToken);
            if (lastRecorded is not null && (last is null || lastRecorded > last))
            {
                last = lastRecorded;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read the last {Source} pass; waiting a full interval", _source.Name);
            last ??= time.GetUtcNow();
        }

        var due = last is null ? time.GetUtcNow() : last.Value + interval;
        if (_skippedAt is { } skipped && skipped + RetryAfterSkip > due)
        {
            // Another instance held the lease at the last attempt and has not finished a pass since.
            due = skipped + (RetryAfterSkip < interval ? RetryAfterSkip : interval);
        }

        var wait = due - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
