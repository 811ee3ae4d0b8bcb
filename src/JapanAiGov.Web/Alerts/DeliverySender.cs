using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One of a pass's parallel senders (<see cref="AlertsOptions.SmtpConnections"/>): claims batches of due deliveries
/// for itself until none is left, and sends each on its channel (<see cref="AlertChannels"/>) over one session of its
/// own per channel, reused for all its batches. Each message's attempt is committed before it is sent (refused if the
/// lease is no longer this sender's), and its outcome before the next message: a crash re-sends at most the last
/// message this sender sent. A sent message's outcome, the common case, is committed in one UPDATE with the next message's attempt
/// (<see cref="DeliveryClaims.BeginAttemptAsync"/>), or on its own when the batch ends: one commit per email, not two.
/// Scoped: a sender runs in its own scope, with its own DbContext, lease and composer.
/// </summary>
public sealed class DeliverySender(
    AppDbContext db,
    DeliveryClaims claims,
    AlertChannels channels,
    AlertMessageComposer composer,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<DeliverySender> logger)
{
    private readonly AlertsOptions _options = options.Value;
    private readonly Dictionary<DeliveryStatus, int> _tally = [];
    private readonly Dictionary<AlertChannel, IAlertChannelSession> _sessions = [];

    /// <summary>Channels that could not be opened in this run, with the error each of their deliveries records.</summary>
    private readonly Dictionary<AlertChannel, string> _down = [];

    /// <summary>The last delivery sent, marked sent in memory, whose outcome is committed with the next attempt or when its batch ends.</summary>
    private Delivery? _sentUnrecorded;

    /// <summary>Sends batches until no due delivery is left to claim, every channel is down, or the pass is stopped.</summary>
    public async Task<IReadOnlyDictionary<DeliveryStatus, int>> RunAsync(CancellationToken cancellationToken)
    {
        // One connection for the whole run: EF would otherwise open one (and set its PRAGMAs) for every statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await claims.ClaimAsync(_down.Keys, cancellationToken);
                if (batch.Count == 0 || !await SendBatchAsync(batch, cancellationToken))
                {
                    break;
                }
            }
        }
        finally
        {
            foreach (var session in _sessions.Values)
            {
                await session.DisposeAsync();
            }

            _sessions.Clear();
            await db.Database.CloseConnectionAsync();
        }

        return _tally;
    }

    /// <summary>Sends a claimed batch; false when every channel is down and this sender should stop.</summary>
    private async Task<bool> SendBatchAsync(List<Delivery> batch, CancellationToken cancellationToken)
    {
        var index = 0;
        try
        {
            for (; index < batch.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var delivery = batch[index];
                if (_down.TryGetValue(delivery.Channel, out var channelError))
                {
                    // Its channel is down: the delivery counts one failed attempt, as the one that found it down did.
                    delivery.BeginAttempt();
                    delivery.MarkFailed(channelError, permanent: false, time.GetUtcNow(), _options, Random.Shared.NextDouble());
                    await claims.RecordAsync(delivery);
                    Count(delivery.Status);
                    continue;
                }

                var status = await claims.KeepAsync(batch[index..], cancellationToken) ? await SendAsync(delivery, cancellationToken) : null;
                if (status is null)
                {
                    logger.LogWarning("Another instance took over part of a batch; leaving the rest of it");
                    break;
                }

                Count(status.Value);
            }
        }
        finally
        {
            // The last email sent is recorded before anything goes back: a given-back delivery still pending in the
            // database would be sent again by whoever claims it next.
            try
            {
                await RecordSentAsync();
            }
            finally
            {
                // Whatever this batch did not get to goes back at once (graceful stop, lost lease, failure).
                if (index < batch.Count)
                {
                    await claims.ReleaseAsync();
                }
            }
        }

        return _down.Count < channels.Count;
    }

    /// <summary>Composes, sends and records one delivery: its new status (Pending means retry later), or null when its lease was lost.</summary>
    private async Task<DeliveryStatus?> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        AlertMessage? message;
        try
        {
            message = await composer.ComposeAsync(delivery, cancellationToken);
        }
        catch (Exception exception) when (AlertTokenProtector.IsKeyProblem(exception))
        {
            // Another instance's key this one cannot see yet: the key ring catches up, so this is never a dead letter.
            delivery.Postpone($"{Delivery.KeyProblem} ({exception.Message})", time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogWarning("Delivery {DeliveryId} postponed: its token cannot be decrypted with this instance's keys", delivery.Id);
            return await RecordAsync(delivery);
        }

        if (message is null)
        {
            delivery.Cancel();
            return await RecordAsync(delivery);
        }

        // The attempt is committed before the message goes out, so a delivery sent again after a crash shows both; the
        // previous email's outcome goes in the same commit.
        var sentBefore = _sentUnrecorded;
        _sentUnrecorded = null;
        if (!await claims.BeginAttemptAsync(delivery, sentBefore, cancellationToken))
        {
            return null;
        }

        IAlertChannelSession session;
        try
        {
            session = await SessionAsync(delivery.Channel, cancellationToken);
        }
        catch (AlertChannelException exception)
        {
            _down[delivery.Channel] = exception.Message;
            delivery.MarkFailed(exception.Message, permanent: false, time.GetUtcNow(), _options, Random.Shared.NextDouble());
            logger.LogWarning("Alert channel {AlertChannel} unavailable ({Error}); its deliveries will be retried", delivery.Channel, exception.Message);
            return await RecordAsync(delivery);
        }

        try
        {
            await session.SendAsync(message, cancellationToken);
            delivery.MarkSent(time.GetUtcNow());
            logger.LogDebug("Sent {DeliveryKind} delivery {DeliveryId} by {AlertChannel}", delivery.Kind, delivery.Id, delivery.Channel);
            _sentUnrecorded = delivery;
            return delivery.Status;
        }
        catch (AlertChannelException exception)
        {
            delivery.MarkFailed(exception.Message, exception.IsPermanent, time.GetUtcNow(), _options, Random.Shared.NextDouble(), exception.RetryAfter);
            logger.LogWarning("Delivery {DeliveryId} failed on attempt {Attempt} ({Permanence}): {Error}", delivery.Id, delivery.Attempts, exception.IsPermanent ? "permanent" : "transient", exception.Message);
        }

        return await RecordAsync(delivery);
    }

    /// <summary>This sender's open session on <paramref name="kind"/>, opening a new one when there is none or it broke.</summary>
    /// <exception cref="AlertChannelException">The channel cannot be reached.</exception>
    private async Task<IAlertChannelSession> SessionAsync(AlertChannel kind, CancellationToken cancellationToken)
    {
        if (_sessions.TryGetValue(kind, out var session))
        {
            if (session.IsUsable)
            {
                return session;
            }

            _sessions.Remove(kind);
            await session.DisposeAsync();
        }

        session = await channels.For(kind).OpenAsync(cancellationToken);
        _sessions[kind] = session;
        return session;
    }

    /// <summary>Commits the outcome of the last email sent, if it is not committed yet.</summary>
    private async Task RecordSentAsync()
    {
        if (_sentUnrecorded is { } sent)
        {
            _sentUnrecorded = null;
            await claims.RecordAsync(sent);
        }
    }

    private async Task<DeliveryStatus?> RecordAsync(Delivery delivery)
    {
        await claims.RecordAsync(delivery);
        return delivery.Status;
    }

    private void Count(DeliveryStatus status) => _tally[status] = _tally.GetValueOrDefault(status) + 1;
}
