using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The lease on a batch of deliveries: claimed with a conditional UPDATE (so two instances never hold the same
/// delivery), renewed while the batch is being sent, released when the sender stops early. A dead instance stops
/// renewing, so its deliveries are free again one <see cref="AlertsOptions.LeaseDuration"/> after its last renewal.
/// Scoped: holds the lease of the batch its sender (<see cref="DeliverySender"/>) is sending. A batch that could not
/// be given back (the database refused the write) is given back before this process's next claim
/// (<see cref="UnreleasedLeases"/>), not a whole lease later.
/// </summary>
public sealed class DeliveryClaims(AppDbContext db, DeliveryWriteGate gate, UnreleasedLeases unreleased, IOptions<AlertsOptions> options, TimeProvider time, ILogger<DeliveryClaims> logger)
{
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    private string? _owner;
    private DateTimeOffset _until;

    /// <summary>
    /// Takes up to <see cref="AlertsOptions.BatchSize"/> due, unleased deliveries (with their subscriptions, not tracked)
    /// for this caller alone. A sender that loses the race for every candidate to another sender tries the next ones,
    /// so an empty batch always means nothing is left to claim.
    /// </summary>
    public Task<List<Delivery>> ClaimAsync(CancellationToken cancellationToken) => ClaimAsync([], cancellationToken);

    /// <param name="skipping">Channels the caller found down: their deliveries are left for a later pass.</param>
    public async Task<List<Delivery>> ClaimAsync(IReadOnlyCollection<AlertChannel> skipping, CancellationToken cancellationToken)
    {
        await GiveBackUnreleasedAsync(cancellationToken);
        List<AlertChannel> skipped = [.. skipping];
        while (true)
        {
            var now = time.GetUtcNow();
            var due = db.Deliveries
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now));
            if (skipped.Count > 0)
            {
                due = due.Where(d => !skipped.Contains(d.Channel));
            }

            var candidates = await due
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
            var claimed = await gate.WriteAsync(db, () => db.Deliveries
                .Where(d => candidates.Contains(d.Id) && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntil, until), cancellationToken));
            if (claimed > 0)
            {
                (_owner, _until) = (owner, until);
                return await db.Deliveries
                    .AsNoTracking()
                    .Include(d => d.Subscription)
                    .Where(d => d.LeaseOwner == owner && d.Status == DeliveryStatus.Pending)
                    .OrderBy(d => d.Id)
                    .ToListAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Counts the attempt of a send about to begin, committed before the email goes out, so a delivery sent again
    /// after a crash shows both attempts. False (and nothing counted) when the delivery is no longer this sender's:
    /// another instance took it over, and the caller must not send it.
    /// </summary>
    /// <param name="sentBefore">
    /// The sender's previous delivery, sent and marked so (<see cref="Delivery.MarkSent"/>) but not yet recorded: its
    /// outcome is committed in the same UPDATE, whether or not the attempt is counted. One commit per email instead of
    /// two, with the same bound: a crash before this commit re-sends only <paramref name="sentBefore"/>.
    /// </param>
    public async Task<bool> BeginAttemptAsync(Delivery delivery, Delivery? sentBefore, CancellationToken cancellationToken)
    {
        if (sentBefore is null)
        {
            return Counted(delivery, await gate.WriteAsync(db, () => db.Database.ExecuteSqlAsync(
                $"""UPDATE "Deliveries" SET "Attempts" = "Attempts" + 1 WHERE "Id" = {delivery.Id} AND "LeaseOwner" = {_owner} AND "Status" = 'Pending'""",
                cancellationToken)));
        }

        if (sentBefore.Status != DeliveryStatus.Sent)
        {
            throw new InvalidOperationException("Only a delivery marked sent is recorded with the next attempt.");
        }

        // One row is the sent one (always updated), the other the attempt (only while this sender holds it): two rows
        // updated means the attempt was counted. Not cancellable: the sent mark must not be lost to a stop.
        var sent = sentBefore.Id;
        var sentAt = StoredInstant.Of(db, sentBefore.SentAt!.Value);
        var updated = await gate.WriteAsync(db, () => db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "Deliveries" SET
                "Status" = CASE WHEN "Id" = {sent} THEN 'Sent' ELSE "Status" END,
                "SentAt" = CASE WHEN "Id" = {sent} THEN {sentAt} ELSE "SentAt" END,
                "ProtectedToken" = CASE WHEN "Id" = {sent} THEN NULL ELSE "ProtectedToken" END,
                "LeaseOwner" = CASE WHEN "Id" = {sent} THEN NULL ELSE "LeaseOwner" END,
                "LeaseUntil" = CASE WHEN "Id" = {sent} THEN NULL ELSE "LeaseUntil" END,
                "Attempts" = CASE WHEN "Id" = {sent} THEN "Attempts" ELSE "Attempts" + 1 END
            WHERE "Id" = {sent} OR ("Id" = {delivery.Id} AND "LeaseOwner" = {_owner} AND "Status" = 'Pending')
            """,
            CancellationToken.None));
        return Counted(delivery, updated - 1);
    }

    private static bool Counted(Delivery delivery, int counted)
    {
        if (counted == 1)
        {
            delivery.BeginAttempt();
        }

        return counted == 1;
    }

    /// <summary>
    /// Commits what <see cref="Delivery"/> decided after a send (sent, retry later, dead, cancelled), as one UPDATE
    /// of the delivery's row: cheaper than tracking the batch, and committed before the sender's next email.
    /// </summary>
    public Task RecordAsync(Delivery delivery)
    {
        if (delivery.Status == DeliveryStatus.Sent)
        {
            // The common case, in plain SQL: the LINQ update below costs several times more to translate, per email.
            var sentAt = StoredInstant.Of(db, delivery.SentAt!.Value);
            return gate.WriteAsync(db, () => db.Database.ExecuteSqlAsync(
                $"""UPDATE "Deliveries" SET "Status" = 'Sent', "SentAt" = {sentAt}, "ProtectedToken" = NULL, "LeaseOwner" = NULL, "LeaseUntil" = NULL WHERE "Id" = {delivery.Id}""",
                CancellationToken.None));
        }

        return gate.WriteAsync(db, () => db.Deliveries
            .Where(d => d.Id == delivery.Id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, delivery.Status)
                    .SetProperty(d => d.Attempts, delivery.Attempts)
                    .SetProperty(d => d.NextAttemptAt, delivery.NextAttemptAt)
                    .SetProperty(d => d.SentAt, delivery.SentAt)
                    .SetProperty(d => d.LastError, delivery.LastError)
                    .SetProperty(d => d.ProtectedToken, delivery.ProtectedToken)
                    .SetProperty(d => d.LeaseOwner, delivery.LeaseOwner)
                    .SetProperty(d => d.LeaseUntil, delivery.LeaseUntil),
                CancellationToken.None));
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
        var renewed = await gate.WriteAsync(db, () => db.Deliveries
            .Where(d => ids.Contains(d.Id) && d.LeaseOwner == _owner && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until), cancellationToken));
        _until = until;
        return renewed == ids.Count;
    }

    /// <summary>
    /// Gives back every delivery of this sender's batch still pending in the database (those it did not get to, and one
    /// whose outcome could not be recorded), so any instance may take them at once. Never throws: when the database
    /// refuses, the batch is remembered and given back before the next claim.
    /// </summary>
    public async Task ReleaseAsync()
    {
        if (_owner is not { } owner)
        {
            return;
        }

        try
        {
            await ReleaseAsync([owner], CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            unreleased.Add(owner);
            logger.LogWarning(exception, "Could not give back the rest of a batch ({Error}); it is given back before the next claim instead of after its lease", exception.Message);
        }
    }

    private async Task GiveBackUnreleasedAsync(CancellationToken cancellationToken)
    {
        if (unreleased.IsEmpty)
        {
            return;
        }

        var owners = unreleased.Owners;
        try
        {
            var released = await ReleaseAsync(owners, cancellationToken);
            unreleased.Remove(owners);
            logger.LogInformation("Gave back {DeliveryCount} deliveries of {BatchCount} batches that could not be given back when their sender stopped", released, owners.Count);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or DbUpdateException)
        {
            logger.LogWarning("Still cannot give back {BatchCount} stopped batches ({Error}); trying again at the next claim", owners.Count, exception.Message);
        }
    }

    private Task<int> ReleaseAsync(IReadOnlyCollection<string> owners, CancellationToken cancellationToken) =>
        gate.WriteAsync(db, () => db.Deliveries
            .Where(d => d.LeaseOwner != null && owners.Contains(d.LeaseOwner) && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken));
}
