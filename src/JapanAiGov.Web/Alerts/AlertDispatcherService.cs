using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Runs <see cref="AlertDispatcher.DispatchDueAsync"/> at start, whenever <see cref="WakeUpSignal{TWorker}"/> fires (a change
/// just committed), when the next pending delivery falls due (its retry time, or the end of a dead instance's lease on
/// it), and at least every <see cref="AlertsOptions.SweepInterval"/> to catch anything a lost signal missed.
/// One failed pass is logged and never stops the host.
/// </summary>
public sealed class AlertDispatcherService(
    IServiceScopeFactory scopes,
    WakeUpSignal<AlertDispatcher> signal,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            logger.LogInformation("Alert dispatcher is disabled (Alerts:DispatcherEnabled=false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.SweepInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<AlertDispatcher>();
                await dispatcher.DispatchDueAsync(stoppingToken);
                wait = WaitFor(await dispatcher.NextDueAsync(stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Alert dispatch pass failed; the next pass retries");
            }

            try
            {
                await WaitForWorkAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Until <paramref name="due"/> (a second after it, as leases count as taken until the instant they end), within
    /// one second and one sweep interval.
    /// </summary>
    private TimeSpan WaitFor(DateTimeOffset? due)
    {
        var sweep = options.Value.SweepInterval;
        if (due is not { } at)
        {
            return sweep;
        }

        var wait = at - time.GetUtcNow() + TimeSpan.FromSeconds(1);
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > sweep ? sweep : wait;
    }

    private async Task WaitForWorkAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signalled = signal.WaitAsync(Timeout.InfiniteTimeSpan, time, wait.Token);
        var swept = Task.Delay(delay, time, wait.Token);
        await Task.WhenAny(signalled, swept);
        await wait.CancelAsync();
        try
        {
            await Task.WhenAll(signalled, swept);
        }
        catch (OperationCanceledException)
        {
            // The loser of the two waits was cancelled; that is how the other one won.
        }

        stoppingToken.ThrowIfCancellationRequested();
    }
}
