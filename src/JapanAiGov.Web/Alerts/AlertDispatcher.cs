using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One pass of the alert pipeline: fan out new events, queue finished days' digests, then run
/// <see cref="AlertsOptions.SmtpConnections"/> <see cref="DeliverySender"/>s side by side, each in its own scope,
/// claiming its own small batches under a short lease (a conditional UPDATE, so no two senders or instances share a
/// delivery) and sending them over its own transport session. Each outcome is committed before that sender's next
/// email goes out, so a crash re-sends at most one email per sender. What happens to a delivery after a send (sent,
/// retry with backoff, dead) is decided by <see cref="Delivery"/>; the email by <see cref="AlertMessageComposer"/>.
/// </summary>
public sealed class AlertDispatcher(
    AppDbContext db,
    AlertFanOut fanOut,
    DigestComposer digests,
    IServiceScopeFactory scopes,
    IOptions<AlertsOptions> options,
    ILogger<AlertDispatcher> logger)
{
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var queued = await fanOut.RunAsync(cancellationToken);
        queued += await digests.RunAsync(cancellationToken);
        var tallies = await Task.WhenAll(Enumerable.Range(0, options.Value.SmtpConnections).Select(_ => SendAsync(cancellationToken)));
        int Total(DeliveryStatus status) => tallies.Sum(t => t.GetValueOrDefault(status));

        var result = new DispatchResult(queued, Total(DeliveryStatus.Sent), Total(DeliveryStatus.Pending), Total(DeliveryStatus.Dead), Total(DeliveryStatus.Cancelled));
        if (result.Sent + result.Retried + result.Dead > 0)
        {
            logger.LogInformation(
                "Alert dispatch: {SentCount} sent, {RetriedCount} to retry, {DeadCount} dead, {CancelledCount} cancelled",
                result.Sent,
                result.Retried,
                result.Dead,
                result.Cancelled);
        }

        return result;
    }

    /// <summary>
    /// When the earliest pending delivery may next be claimed: its retry time, or the end of the lease an instance holds
    /// on it (a crashed instance's deliveries are free then, not at the next sweep); null when nothing is pending.
    /// </summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var pending = db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending);
        var retry = await pending.Where(d => d.LeaseUntil == null).OrderBy(d => d.NextAttemptAt).Select(d => (DateTimeOffset?)d.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var leaseEnds = await pending.Where(d => d.LeaseUntil != null).OrderBy(d => d.LeaseUntil).Select(d => d.LeaseUntil).FirstOrDefaultAsync(cancellationToken);
        return retry is null ? leaseEnds : leaseEnds is null || retry < leaseEnds ? retry : leaseEnds;
    }

    private async Task<IReadOnlyDictionary<DeliveryStatus, int>> SendAsync(CancellationToken cancellationToken)
    {
        // Yield first, so the senders start side by side rather than one after the other's first await.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliverySender>().RunAsync(cancellationToken);
    }
}
