using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// The thin loop around <see cref="EGovPoller.RunOnceAsync"/>: a pass every <see cref="EGovOptions.Interval"/>
/// (counted from the last recorded pass, so restarts do not poll again early), and one whenever an editor presses
/// "Poll now". With <see cref="EGovOptions.Enabled"/> off it only answers "Poll now". Waits use the injected
/// <see cref="TimeProvider"/>; a failed pass is logged and never stops the host.
/// </summary>
public sealed class EGovPollerService(
    IServiceScopeFactory scopes,
    WakeUpSignal<EGovPoller> pollNow,
    IOptions<EGovOptions> options,
    TimeProvider time,
    ILogger<EGovPollerService> logger) : BackgroundService
{
    private DateTimeOffset? _lastAttempt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.Value.Enabled)
        {
            logger.LogInformation("The e-Gov poller schedule is off (EGov:Enabled=false); passes run only on request");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = options.Value.Enabled ? await TimeUntilDueAsync(stoppingToken) : Timeout.InfiniteTimeSpan;
                var requested = await pollNow.WaitAsync(wait, time, stoppingToken);
                _lastAttempt = time.GetUtcNow();
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<EGovPoller>()
                    .RunOnceAsync(requested ? PollTrigger.Manual : PollTrigger.Scheduled, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The e-Gov poller loop hit an error; it carries on at the next interval");
                _lastAttempt ??= time.GetUtcNow();
            }
        }
    }

    private async Task<TimeSpan> TimeUntilDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? last = _lastAttempt;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var lastRecorded = await db.PollRuns.OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
            if (lastRecorded is not null && (last is null || lastRecorded > last))
            {
                last = lastRecorded;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read the last e-Gov poll pass; waiting a full interval");
            last ??= time.GetUtcNow();
        }

        if (last is null)
        {
            return TimeSpan.Zero;
        }

        var wait = last.Value + options.Value.Interval - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
