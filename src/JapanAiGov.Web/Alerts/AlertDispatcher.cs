using JapanAiGov.Web.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One pass of the alert pipeline: fan out new events, compose finished days' digests, then claim due deliveries in
/// batches under a lease (a conditional UPDATE, so instances never share a delivery), send each batch over one
/// transport session, and record every outcome right after it happens. A permanent 5xx for one recipient marks that
/// delivery dead and the batch goes on; anything else is retried with exponential backoff and jitter until
/// <see cref="AlertsOptions.MaxAttempts"/>, then parked as dead for an admin to retry.
/// </summary>
public sealed class AlertDispatcher(
    AppDbContext db,
    AlertFanOut fanOut,
    DigestComposer digests,
    IMailTransport transport,
    AlertEmailRenderer renderer,
    AlertTokenProtector protector,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger)
{
    private const int OutcomesPerCommit = 10;

    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var queued = await fanOut.RunAsync(cancellationToken);
        queued += await digests.RunAsync(cancellationToken);
        var total = new Tally();
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var tally = await SendBatchAsync(batch, cancellationToken);
            total.Add(tally);
            if (tally.TransportDown)
            {
                break;
            }
        }

        if (total.Sent + total.Retried + total.Dead > 0)
        {
            logger.LogInformation(
                "Alert dispatch: {SentCount} sent, {RetriedCount} to retry, {DeadCount} dead, {CancelledCount} cancelled",
                total.Sent,
                total.Retried,
                total.Dead,
                total.Cancelled);
        }

        return new DispatchResult(queued, total.Sent, total.Retried, total.Dead, total.Cancelled);
    }

    /// <summary>Takes up to a batch of due, unleased deliveries for this caller alone.</summary>
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
        return await db.Deliveries
            .Include(d => d.Subscription)
            .Where(d => d.LeaseOwner == owner && d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<Tally> SendBatchAsync(List<Delivery> batch, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        var owner = batch[0].LeaseOwner;
        var changes = new Dictionary<long, AlertChange?>();
        var scopes = new Dictionary<long, string>();
        IMailSession? session = null;
        var index = 0;
        var unsaved = 0;
        try
        {
            for (; index < batch.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var delivery = batch[index];
                if (time.GetUtcNow() >= delivery.LeaseUntil - TimeSpan.FromSeconds(30))
                {
                    // The lease is about to lapse: another instance may take these soon, so stop before it could double-send.
                    break;
                }

                MimeMessage? message;
                try
                {
                    message = await RenderAsync(delivery, changes, scopes, cancellationToken);
                }
                catch (Exception exception) when (exception is UnsafeHeaderException || AlertTokenProtector.IsKeyProblem(exception))
                {
                    MarkDead(delivery, exception.Message);
                    tally.Dead++;
                    await SaveAsync();
                    logger.LogError("Delivery {DeliveryId} cannot be rendered and is dead: {Error}", delivery.Id, exception.Message);
                    continue;
                }

                if (message is null)
                {
                    delivery.Status = DeliveryStatus.Cancelled;
                    delivery.ProtectedToken = null;
                    ReleaseLease(delivery);
                    tally.Cancelled++;
                    await SaveAsync();
                    continue;
                }

                if (session is null || !session.IsUsable)
                {
                    if (session is not null)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }

                    try
                    {
                        session = await transport.OpenAsync(cancellationToken);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        logger.LogWarning("Mail transport unavailable ({Error}); {DeliveryCount} deliveries will be retried", exception.Message, batch.Count - index);
                        for (; index < batch.Count; index++)
                        {
                            MarkForRetry(batch[index], $"Mail server unavailable: {exception.Message}");
                            tally.Count(batch[index]);
                        }

                        await SaveAsync();
                        tally.TransportDown = true;
                        return tally;
                    }
                }

                try
                {
                    await session.SendAsync(message, cancellationToken);
                    delivery.Status = DeliveryStatus.Sent;
                    delivery.SentAt = time.GetUtcNow();
                    delivery.Attempts++;
                    delivery.ProtectedToken = null;
                    ReleaseLease(delivery);
                    tally.Sent++;
                    logger.LogDebug("Sent {DeliveryKind} delivery {DeliveryId}", delivery.Kind, delivery.Id);
                }
                catch (SmtpCommandException exception) when (IsPermanent(exception))
                {
                    MarkDead(delivery, $"{(int)exception.StatusCode} {exception.Message}");
                    tally.Dead++;
                    logger.LogWarning("Delivery {DeliveryId} rejected permanently ({SmtpStatus}); marked dead", delivery.Id, (int)exception.StatusCode);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    MarkForRetry(delivery, exception is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : exception.Message);
                    tally.Count(delivery);
                    logger.LogWarning("Delivery {DeliveryId} failed on attempt {Attempt}: {Error}", delivery.Id, delivery.Attempts, exception.Message);
                }

                // Outcomes are committed in small groups (and always before this method returns, even on shutdown):
                // one commit per email would make the database's fsync, not SMTP, the limit on throughput. Only a
                // crash inside a group can re-send its emails, with the same Message-ID.
                if (++unsaved >= OutcomesPerCommit)
                {
                    await SaveAsync();
                    unsaved = 0;
                }
            }
        }
        finally
        {
            await SaveAsync();

            // Whatever this batch did not get to goes back at once (graceful stop, lease nearly over, failure),
            // before the session is closed: closing politely can take a while, and shutdown may not wait for it.
            var unfinished = batch.Skip(index).Where(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner is not null).Select(d => d.Id).ToList();
            if (unfinished.Count > 0)
            {
                await db.Deliveries
                    .Where(d => unfinished.Contains(d.Id) && d.LeaseOwner == owner && d.Status == DeliveryStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            }

            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return tally;
    }

    private async Task<MimeMessage?> RenderAsync(Delivery delivery, Dictionary<long, AlertChange?> changes, Dictionary<long, string> scopes, CancellationToken cancellationToken)
    {
        var subscription = delivery.Subscription!;
        if (!scopes.TryGetValue(subscription.Id, out var scope))
        {
            scope = await DescribeScopeAsync(subscription, cancellationToken);
            scopes[subscription.Id] = scope;
        }

        switch (delivery.Kind)
        {
            case DeliveryKind.Confirmation:
                if (subscription.ConfirmedAt is not null || subscription.UnsubscribedAt is not null || delivery.ProtectedToken is null)
                {
                    return null;
                }

                var token = protector.Unprotect(delivery.ProtectedToken);
                if (subscription.ConfirmTokenHash != AlertTokens.Hash(token))
                {
                    return null;
                }

                return renderer.Confirmation(subscription.Email, scope, subscription.Cadence, token, delivery.MessageId);

            case DeliveryKind.Alert:
                if (!subscription.IsActive || delivery.AlertEventId is not { } eventId)
                {
                    return null;
                }

                if (!changes.TryGetValue(eventId, out var change))
                {
                    change = (await AlertChangeLoader.LoadAsync(db, [eventId], cancellationToken)).SingleOrDefault();
                    changes[eventId] = change;
                }

                return change is null
                    ? null
                    : renderer.Alert(subscription.Email, scope, change, protector.Unprotect(subscription.UnsubscribeTokenProtected), delivery.MessageId);

            case DeliveryKind.Digest:
                if (!subscription.IsActive || delivery.DigestDate is not { } day)
                {
                    return null;
                }

                var digest = await LoadDigestAsync(subscription, day, cancellationToken);
                return digest.Count == 0
                    ? null
                    : renderer.Digest(subscription.Email, scope, day, digest, protector.Unprotect(subscription.UnsubscribeTokenProtected), delivery.MessageId);

            default:
                return null;
        }
    }

    private async Task<List<AlertChange>> LoadDigestAsync(Subscription subscription, DateOnly day, CancellationToken cancellationToken)
    {
        var start = DigestComposer.StartOf(day);
        var end = DigestComposer.StartOf(day.AddDays(1));
        var confirmedAt = subscription.ConfirmedAt!.Value;
        var eventIds = await db.AlertEvents.AsNoTracking()
            .Where(e => e.CreatedAt >= start && e.CreatedAt < end && e.CreatedAt >= confirmedAt)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var all = await AlertChangeLoader.LoadAsync(db, eventIds, cancellationToken);
        return all.Where(c => DigestComposer.Matches(subscription.Scope, subscription.ItemId, subscription.Topic, c.ItemId, c.ItemTopic)).ToList();
    }

    private async Task<string> DescribeScopeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var itemTitle = subscription.ItemId is { } itemId
            ? await db.Items.Where(i => i.Id == itemId).Select(i => i.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return AlertEmailRenderer.DescribeScope(subscription.Scope, itemTitle, subscription.Topic);
    }

    private static bool IsPermanent(SmtpCommandException exception) =>
        (int)exception.StatusCode >= 500
        && exception.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;

    private void MarkForRetry(Delivery delivery, string error)
    {
        delivery.Attempts++;
        if (delivery.Attempts >= options.Value.MaxAttempts)
        {
            MarkDead(delivery, $"Gave up after {delivery.Attempts} attempts: {error}", countAttempt: false);
            return;
        }

        var delay = RetryPolicy.Delay(delivery.Attempts, options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, Random.Shared.NextDouble());
        delivery.NextAttemptAt = time.GetUtcNow() + delay;
        delivery.LastError = Truncate(error);
        ReleaseLease(delivery);
    }

    private static void MarkDead(Delivery delivery, string error, bool countAttempt = true)
    {
        if (countAttempt)
        {
            delivery.Attempts++;
        }

        delivery.Status = DeliveryStatus.Dead;
        delivery.LastError = Truncate(error);
        delivery.ProtectedToken = delivery.Kind == DeliveryKind.Confirmation ? delivery.ProtectedToken : null;
        ReleaseLease(delivery);
    }

    private static void ReleaseLease(Delivery delivery)
    {
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
    }

    private static string Truncate(string error) => error.Length <= Delivery.LastErrorMaxLength ? error : error[..Delivery.LastErrorMaxLength];

    private async Task SaveAsync() => await db.SaveChangesAsync(CancellationToken.None);

    private sealed class Tally
    {
        public int Sent { get; set; }

        public int Retried { get; set; }

        public int Dead { get; set; }

        public int Cancelled { get; set; }

        public bool TransportDown { get; set; }

        public void Count(Delivery afterFailure)
        {
            if (afterFailure.Status == DeliveryStatus.Dead)
            {
                Dead++;
            }
            else
            {
                Retried++;
            }
        }

        public void Add(Tally other)
        {
            Sent += other.Sent;
            Retried += other.Retried;
            Dead += other.Dead;
            Cancelled += other.Cancelled;
        }
    }
}
