using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Runs <see cref="AlertDispatcher.DispatchDueAsync"/> at start, whenever <see cref="WakeUpSignal{TWorker}"/> fires (a change
/// just committed), and every <see cref="AlertsOptions.SweepInterval"/> to catch anything a lost signal missed.
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
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().DispatchDueAsync(stoppingToken);
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
                await WaitForWorkAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signalled = signal.WaitAsync(Timeout.InfiniteTimeSpan, time, wait.Token);
        var swept = Task.Delay(options.Value.SweepInterval, time, wait.Token);
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
