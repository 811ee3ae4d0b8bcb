using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The lease on a batch of deliveries: claimed with a conditional UPDATE (so two instances never hold the same
/// delivery), renewed while the batch is being sent, released when the sender stops early. A dead instance stops
/// renewing, so its deliveries are free again one <see cref="AlertsOptions.LeaseDuration"/> after its last renewal.
/// Scoped: holds the lease of the batch currently being sent.
/// </summary>
public sealed class DeliveryClaims(AppDbContext db, IOptions<AlertsOptions> options, TimeProvider time)
{
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    private string? _owner;
    private DateTimeOffset _until;

    /// <summary>Takes up to <see cref="AlertsOptions.BatchSize"/> due, unleased deliveries (with their subscriptions) for this caller alone.</summary>
    public async Task<List<Delivery>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var owner = $"{Instance}/{Guid.NewGuid():N}";
        var until = now + options.Value.LeaseDuration;
        await db.Deliveries
            .Where(d => candidates.Contains(d.Id) && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntil, until), cancellationToken);
        (_owner, _until) = (owner, until);
        return await db.Deliveries
            .Include(d => d.Subscription)
            .Where(d => d.LeaseOwner == owner && d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Call before each send. Once a third of the lease has gone, renews it for <paramref name="remaining"/>, so at
    /// least two thirds of a lease are left whenever a send starts. False when another instance has taken any of them:
    /// the caller must stop sending this batch.
    /// </summary>
    public async Task<bool> KeepAsync(IReadOnlyCollection<Delivery> remaining, CancellationToken cancellationToken)
    {
        var lease = options.Value.LeaseDuration;
        var now = time.GetUtcNow();
        if (now < _until - (lease * 2 / 3))
        {
            return true;
        }

        var ids = remaining.Select(d => d.Id).ToList();
        var until = now + lease;
        var renewed = await db.Deliveries
            .Where(d => ids.Contains(d.Id) && d.LeaseOwner == _owner && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until), cancellationToken);
        _until = until;
        return renewed == ids.Count;
    }

    /// <summary>Gives back the deliveries this sender did not get to, so any instance may take them at once.</summary>
    public async Task ReleaseAsync(IEnumerable<Delivery> unfinished)
    {
        var ids = unfinished.Where(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner is not null).Select(d => d.Id).ToList();
        if (ids.Count > 0)
        {
            await db.Deliveries
                .Where(d => ids.Contains(d.Id) && d.LeaseOwner == _owner && d.Status == DeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
    }
}
