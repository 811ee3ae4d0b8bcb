using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts;

public static class DeliveryRequeue
{
    /// <summary>
    /// Sends these deliveries again from the start (an admin's retry of dead letters, or a destination's redelivery):
    /// pending now, attempts reset, no lease. Their key is unchanged, so a channel's ids (Message-ID, webhook-id) are too.
    /// </summary>
    public static Task<int> RequeueAsync(this IQueryable<Delivery> deliveries, DateTimeOffset now, CancellationToken cancellationToken) =>
        deliveries.ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
}
