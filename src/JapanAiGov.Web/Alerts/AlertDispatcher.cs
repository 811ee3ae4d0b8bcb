using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One pass of the alert pipeline: fan out new events, queue finished days' digests, then claim due deliveries in
/// small batches under a short lease (a conditional UPDATE, so instances never share a delivery), renew the lease
/// while sending, and send over one transport session. Each outcome is committed before the next email goes out
/// (together with that email's attempt), so a crash re-sends at most one email. What happens to a delivery after a
/// send (sent, retry with backoff, dead) is decided by <see cref="Delivery"/>; the email by <see cref="AlertMessageComposer"/>.
/// </summary>
public sealed class AlertDispatcher(
    AppDbContext db,
    AlertFanOut fanOut,
    DigestComposer digests,
    DeliveryClaims claims,
    IMailTransport transport,
    AlertMessageComposer composer,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger)
{
    private readonly AlertsOptions _options = options.Value;
    private IMailSession? _session;
    private string? _transportError;

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var queued = await fanOut.RunAsync(cancellationToken);
        queued += await digests.RunAsync(cancellationToken);
        var tally = new Dictionary<DeliveryStatus, int>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await claims.ClaimAsync(cancellationToken);
                if (batch.Count == 0 || !await SendBatchAsync(batch, tally, cancellationToken))
                {
                    break;
                }
            }
        }
        finally
        {
            if (_session is not null)
            {
                await _session.DisposeAsync();
                _session = null;
            }
        }

        var result = new DispatchResult(queued, tally.GetValueOrDefault(DeliveryStatus.Sent), tally.GetValueOrDefault(DeliveryStatus.Pending), tally.GetValueOrDefault(DeliveryStatus.Dead), tally.GetValueOrDefault(DeliveryStatus.Cancelled));
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

    /// <summary>Sends a claimed batch; false when the mail transport is down and the pass should stop.</summary>
    private async Task<bool> SendBatchAsync(List<Delivery> batch, Dictionary<DeliveryStatus, int> tally, CancellationToken cancellationToken)
    {
        var index = 0;
        try
        {
            for (; index < batch.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!await claims.KeepAsync(batch[index..], cancellationToken))
                {
                    logger.LogWarning("Another instance took over part of a batch; leaving the rest of it");
                    break;
                }

                var delivery = batch[index];
                var status = await SendAsync(delivery, cancellationToken);
                if (status is null)
                {
                    // The transport is down: every delivery left in the batch counts one failed attempt, as this one did.
                    foreach (var rest in batch.Skip(index))
                    {
                        if (rest != delivery)
                        {
                            rest.BeginAttempt();
                            rest.MarkFailed(_transportError!, permanent: false, time.GetUtcNow(), _options, Random.Shared.NextDouble());
                        }

                        Count(tally, rest.Status);
                    }

                    index = batch.Count;
                    return false;
                }

                Count(tally, status.Value);
            }
        }
        finally
        {
            await db.SaveChangesAsync(CancellationToken.None);

            // Whatever this batch did not get to goes back at once (graceful stop, lost lease, failure).
            await claims.ReleaseAsync(batch[index..]);

            // Each SaveChanges scans every tracked entity: a pass over 10,000 deliveries must not carry them all.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>Composes and sends one delivery; its new status (Pending means retry later), or null when the transport is down.</summary>
    private async Task<DeliveryStatus?> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        MimeKit.MimeMessage? message;
        try
        {
            message = await composer.ComposeAsync(delivery, cancellationToken);
        }
        catch (UnsafeHeaderException exception)
        {
            delivery.BeginAttempt();
            delivery.MarkFailed(exception.Message, permanent: true, time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogError("Delivery {DeliveryId} cannot be composed and is dead: {Error}", delivery.Id, exception.Message);
            return delivery.Status;
        }
        catch (Exception exception) when (AlertTokenProtector.IsKeyProblem(exception))
        {
            // Another instance's key this one cannot see yet: the key ring catches up, so this is never a dead letter.
            delivery.Postpone($"Token cannot be decrypted yet ({exception.Message})", time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogWarning("Delivery {DeliveryId} postponed: its token cannot be decrypted with this instance's keys", delivery.Id);
            return delivery.Status;
        }

        if (message is null)
        {
            delivery.Cancel();
            return delivery.Status;
        }

        // One commit per email: the previous delivery's outcome and this attempt, before this email goes out.
        delivery.BeginAttempt();
        await db.SaveChangesAsync(CancellationToken.None);
        try
        {
            if (_session is { IsUsable: false })
            {
                await _session.DisposeAsync();
                _session = null;
            }

            try
            {
                _session ??= await transport.OpenAsync(cancellationToken);
            }
            catch (MailTransportException exception)
            {
                _transportError = $"Mail server unavailable: {exception.Message}";
                delivery.MarkFailed(_transportError, permanent: false, time.GetUtcNow(), _options, Random.Shared.NextDouble());
                logger.LogWarning("Mail transport unavailable ({Error}); the batch will be retried", exception.Message);
                return null;
            }

            await _session.SendAsync(message, cancellationToken);
            delivery.MarkSent(time.GetUtcNow());
            logger.LogDebug("Sent {DeliveryKind} delivery {DeliveryId}", delivery.Kind, delivery.Id);
        }
        catch (MailTransportException exception)
        {
            delivery.MarkFailed(exception.Message, exception.IsPermanent, time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogWarning("Delivery {DeliveryId} failed on attempt {Attempt} ({Permanence}): {Error}", delivery.Id, delivery.Attempts, exception.IsPermanent ? "permanent" : "transient", exception.Message);
        }

        return delivery.Status;
    }

    private static void Count(Dictionary<DeliveryStatus, int> tally, DeliveryStatus status) =>
        tally[status] = tally.GetValueOrDefault(status) + 1;
}
