using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// Takes, renews and releases named <see cref="PollerLease"/>s with single conditional UPDATEs (atomic on any provider).
/// A watcher takes its lease for one pass and gives it back by disposing the <see cref="HeldLease"/>:
/// <code>
/// await using var lease = await leases.TryAcquireAsync(PollerLease.EGovPoller, options.LeaseDuration, cancellationToken);
/// if (lease is null) return; // another instance is running this watcher
/// using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
/// </code>
/// Rows are created on first use, so a new watcher only needs a new name. Each call uses a database context of its own,
/// so renewals can run beside the pass.
/// </summary>
public sealed class PollerLeaseStore(IServiceScopeFactory scopes, TimeProvider time, ILogger<PollerLeaseStore> logger)
{
    /// <summary>
    /// The lease <paramref name="name"/> for <paramref name="duration"/>, renewed every third of it until disposed; null
    /// while another live holder has it. An expired holder (a crashed instance) is taken over.
    /// </summary>
    public async Task<HeldLease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var current = await db.PollerLeases.AsNoTracking().Where(l => l.Name == name).Select(l => new { l.Holder, l.ExpiresAt }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            db.PollerLeases.Add(new PollerLease { Name = name, Holder = holder, ExpiresAt = now + duration });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new HeldLease(this, name, holder, duration, previousHolder: null, time, logger);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row at the same moment and holds it.
                return null;
            }
        }

        if (current.Holder is not null && current.ExpiresAt > now)
        {
            return null;
        }

        // Only if nobody changed the row since we read it: the previous holder is exactly the one taken over.
        var expires = now + duration;
        var taken = await db.PollerLeases
            .Where(l => l.Name == name && l.Holder == current.Holder && (l.Holder == null || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        return taken == 1 ? new HeldLease(this, name, holder, duration, current.Holder, time, logger) : null;
    }

    /// <summary>False when <paramref name="holder"/> no longer holds the lease (it expired and another instance took it).</summary>
    internal async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expires = time.GetUtcNow() + duration;
        var renewed = await db.PollerLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        return renewed == 1;
    }

    internal async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        await db.PollerLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}
