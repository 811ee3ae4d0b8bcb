using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One message to send on its subscription's channel (an email, today): the outbox row the dispatcher claims with a
/// lease, sends, and marks sent, retried or dead.
/// <see cref="DedupKey"/> is unique, so fan-out and digest composition can never queue the same message twice.
/// The state transitions live here (and are unit-tested without a host); the dispatcher only decides which applies.
/// </summary>
public sealed class Delivery : IPrivateBookkeeping
{
    public const int LastErrorMaxLength = 1000;

    /// <summary>How <see cref="LastError"/> begins on a delivery postponed because its token cannot be decrypted here.</summary>
    public const string KeyProblem = "Token cannot be decrypted yet";

    public long Id { get; set; }

    public DeliveryKind Kind { get; set; }

    public long SubscriptionId { get; set; }

    public Subscription? Subscription { get; set; }

    public long? AlertEventId { get; set; }

    /// <summary>The UTC day a digest covers.</summary>
    public DateOnly? DigestDate { get; set; }

    /// <summary>
    /// "alert/{event}/{subscription}", "digest/{subscription}/{yyyy-MM-dd}" or "confirm/{random}". Also the delivery's
    /// stable id: channels derive their own ids from it at send time (an email's Message-ID), so a rare re-send can be
    /// recognised by the receiver.
    /// </summary>
    public required string DedupKey { get; set; }

    /// <summary>The channel it goes out on: its subscription's, copied when the delivery is queued.</summary>
    public AlertChannel Channel { get; set; }

    /// <summary>A confirmation email's raw token, encrypted with Data Protection; cleared once sent (kept while dead, so an admin can retry).</summary>
    public string? ProtectedToken { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Counts a send that is about to begin. The dispatcher commits it before sending, so a delivery sent again after
    /// a crash shows both attempts.
    /// </summary>
    public void BeginAttempt() => Attempts++;

    public void MarkSent(DateTimeOffset now)
    {
        Status = DeliveryStatus.Sent;
        SentAt = now;
        ProtectedToken = null;
        ReleaseLease();
    }

    /// <summary>
    /// The attempt (already counted by <see cref="BeginAttempt"/>) failed: a permanent failure is dead at once; a
    /// transient one is retried with exponential backoff and jitter, until <see cref="AlertsOptions.MaxAttempts"/>, and
    /// never sooner than <paramref name="retryAfter"/> when the destination asked for a pause.
    /// </summary>
    public void MarkFailed(string error, bool permanent, DateTimeOffset now, AlertsOptions options, double random, TimeSpan? retryAfter = null)
    {
        if (permanent)
        {
            MarkDead(error);
        }
        else if (Attempts >= options.MaxAttempts)
        {
            MarkDead($"Gave up after {Attempts} attempts: {error}");
        }
        else
        {
            var backoff = RetryPolicy.Delay(Attempts, options.RetryBaseDelay, options.RetryMaxDelay, random);
            NextAttemptAt = now + (retryAfter > backoff ? retryAfter.Value : backoff);
            LastError = Truncate(error);
            ReleaseLease();
        }
    }

    /// <summary>
    /// Not sent, and not this delivery's fault (e.g. its token was protected with a key this instance does not have
    /// yet): tried again later without counting an attempt, so it never becomes dead this way. It waits about as long
    /// again as it has waited since it was queued (between <see cref="AlertsOptions.RetryBaseDelay"/> and
    /// <see cref="AlertsOptions.RetryMaxDelay"/>, with jitter): soon while a new key is on its way to this instance,
    /// rarely once it looks as if the key will never come.
    /// </summary>
    public void Postpone(string error, DateTimeOffset now, AlertsOptions options, double random)
    {
        var waited = now - CreatedAt;
        var ceiling = waited < options.RetryBaseDelay ? options.RetryBaseDelay : waited > options.RetryMaxDelay ? options.RetryMaxDelay : waited;
        NextAttemptAt = now + (ceiling / 2) + (ceiling / 2 * Math.Clamp(random, 0, 1));
        LastError = Truncate(error);
        ReleaseLease();
    }

    /// <summary>Nothing to send any more (the subscription ended, or the confirmation was superseded).</summary>
    public void Cancel()
    {
        Status = DeliveryStatus.Cancelled;
        ProtectedToken = null;
        ReleaseLease();
    }

    public void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }

    private void MarkDead(string error)
    {
        Status = DeliveryStatus.Dead;
        LastError = Truncate(error);

        // A dead confirmation keeps its token, so an admin's retry can still send the link.
        ProtectedToken = Kind == DeliveryKind.Confirmation ? ProtectedToken : null;
        ReleaseLease();
    }

    private static string Truncate(string error) => error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
}
