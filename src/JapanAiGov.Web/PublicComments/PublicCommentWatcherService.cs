using JapanAiGov.Web.Data;
using JapanAiGov.Web.Polling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// The thin loop around <see cref="PublicCommentWatcher.RunOnceAsync"/>: a pass every
/// <see cref="PublicCommentsOptions.Interval"/>, counted from the last recorded run (so restarts do not poll again
/// early). Off with <see cref="PublicCommentsOptions.Enabled"/> false. Waits use the injected <see cref="TimeProvider"/>;
/// a failed pass is logged and never stops the host.
/// </summary>
public sealed class PublicCommentWatcherService(
    IServiceScopeFactory scopes,
    IOptions<PublicCommentsOptions> options,
    TimeProvider time,
    ILogger<PublicCommentWatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.Value.Enabled)
        {
            logger.LogInformation("The public-comment watcher is off (PublicComments:Enabled=false); the poll command still runs it");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = await TimeUntilDueAsync(stoppingToken);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<PublicCommentWatcher>().RunOnceAsync(PollTrigger.Scheduled, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The public-comment watcher loop hit an error; it carries on after a full interval");
                try
                {
                    await Task.Delay(options.Value.Interval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<TimeSpan> TimeUntilDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var last = await db.PublicCommentRuns.OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return TimeSpan.Zero;
        }

        var wait = last.Value + options.Value.Interval - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
