using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One of a pass's parallel senders (<see cref="AlertsOptions.SmtpConnections"/>): claims batches of due deliveries
/// for itself until none is left, and sends them over one transport session of its own, reused for all its batches.
/// Each email's attempt is committed before it is sent (refused if the lease is no longer this sender's), and its
/// outcome right after, before the next email: a crash re-sends at most the one email in flight. Scoped: a sender
/// runs in its own scope, with its own DbContext, lease and composer.
/// </summary>
public sealed class DeliverySender(
    AppDbContext db,
    DeliveryClaims claims,
    IMailTransport transport,
    AlertMessageComposer composer,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<DeliverySender> logger)
{
    private readonly AlertsOptions _options = options.Value;
    private readonly Dictionary<DeliveryStatus, int> _tally = [];
    private IMailSession? _session;
    private string? _transportError;

    /// <summary>Sends batches until no due delivery is left to claim, the transport is down, or the pass is stopped.</summary>
    public async Task<IReadOnlyDictionary<DeliveryStatus, int>> RunAsync(CancellationToken cancellationToken)
    {
        // One connection for the whole run: EF would otherwise open one (and set its PRAGMAs) for every statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await claims.ClaimAsync(cancellationToken);
                if (batch.Count == 0 || !await SendBatchAsync(batch, cancellationToken))
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

            await db.Database.CloseConnectionAsync();
        }

        return _tally;
    }

    /// <summary>Sends a claimed batch; false when the mail transport is down and this sender should stop.</summary>
    private async Task<bool> SendBatchAsync(List<Delivery> batch, CancellationToken cancellationToken)
    {
        var index = 0;
        try
        {
            for (; index < batch.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var delivery = batch[index];
                var status = await claims.KeepAsync(batch[index..], cancellationToken) ? await SendAsync(delivery, cancellationToken) : null;
                if (status is null)
                {
                    logger.LogWarning("Another instance took over part of a batch; leaving the rest of it");
                    break;
                }

                if (_transportError is not null)
                {
                    // The transport is down: every delivery left in the batch counts one failed attempt, as this one did.
                    Count(status.Value);
                    foreach (var rest in batch.Skip(index + 1))
                    {
                        rest.BeginAttempt();
                        rest.MarkFailed(_transportError, permanent: false, time.GetUtcNow(), _options, Random.Shared.NextDouble());
                        await claims.RecordAsync(rest);
                        Count(rest.Status);
                    }

                    index = batch.Count;
                    return false;
                }

                Count(status.Value);
            }
        }
        finally
        {
            // Whatever this batch did not get to goes back at once (graceful stop, lost lease, failure).
            await claims.ReleaseAsync(batch[index..]);
        }

        return true;
    }

    /// <summary>Composes, sends and records one delivery: its new status (Pending means retry later), or null when its lease was lost.</summary>
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
            return await RecordAsync(delivery);
        }
        catch (Exception exception) when (AlertTokenProtector.IsKeyProblem(exception))
        {
            // Another instance's key this one cannot see yet: the key ring catches up, so this is never a dead letter.
            delivery.Postpone($"Token cannot be decrypted yet ({exception.Message})", time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogWarning("Delivery {DeliveryId} postponed: its token cannot be decrypted with this instance's keys", delivery.Id);
            return await RecordAsync(delivery);
        }

        if (message is null)
        {
            delivery.Cancel();
            return await RecordAsync(delivery);
        }

        // The attempt is committed before the email goes out, so a delivery sent again after a crash shows both.
        if (!await claims.BeginAttemptAsync(delivery, cancellationToken))
        {
            return null;
        }

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
                return await RecordAsync(delivery);
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

        return await RecordAsync(delivery);
    }

    private async Task<DeliveryStatus?> RecordAsync(Delivery delivery)
    {
        await claims.RecordAsync(delivery);
        return delivery.Status;
    }

    private void Count(DeliveryStatus status) => _tally[status] = _tally.GetValueOrDefault(status) + 1;
}
