using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

/// <summary>Takes, renews and releases a named lease (the e-Gov poller's by default) with single conditional UPDATEs (atomic on any provider).</summary>
public sealed class PollerLeaseStore(AppDbContext db, TimeProvider time, IOptions<EGovOptions> options)
{
    public Task<bool> TryAcquireAsync(string holder, CancellationToken cancellationToken) => TryAcquireAsync(PollerLease.EGovPoller, holder, cancellationToken);

    public Task RenewAsync(string holder, CancellationToken cancellationToken) => RenewAsync(PollerLease.EGovPoller, holder, cancellationToken);

    public Task ReleaseAsync(string holder, CancellationToken cancellationToken) => ReleaseAsync(PollerLease.EGovPoller, holder, cancellationToken);

    public async Task<bool> TryAcquireAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.LeaseDuration;
        var taken = await db.PollerLeases
            .Where(l => l.Name == name && (l.Holder == null || l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.PollerLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        // The row is seeded by the migration; recreate it if someone deleted it.
        db.PollerLeases.Add(new PollerLease { Name = name, Holder = holder, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task RenewAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + options.Value.LeaseDuration;
        return db.PollerLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), cancellationToken);
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.PollerLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}
