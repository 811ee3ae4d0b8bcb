using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Alerts;

/// <summary>Tuning of subscriptions and the alert dispatcher (section "Alerts"); every key has a working default.</summary>
public sealed class AlertsOptions : IValidatableObject
{
    public const string Section = "Alerts";

    /// <summary>Run the dispatcher in this process (tests turn it off to drive passes by hand).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher sweeps for due work when nothing signals it.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Deliveries one sender claims at a time. Each claim costs a few queries, so larger batches send faster; a dead
    /// instance's batches (up to <see cref="SmtpConnections"/> of them) wait one <see cref="LeaseDuration"/>.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Alerts:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Senders working side by side in one dispatcher pass, each claiming its own batches and reusing one SMTP
    /// connection for all of them. A crash re-sends at most one email per sender.
    /// </summary>
    [Range(1, 32, ErrorMessage = "Alerts:SmtpConnections must be between 1 and 32.")]
    public int SmtpConnections { get; set; } = 4;

    /// <summary>
    /// How long a claimed batch belongs to one instance without renewal. The sender renews it once a third has gone,
    /// so a crashed instance's batch is free again within one lease. Keep it well above the 30 s SMTP timeout.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 50, ErrorMessage = "Alerts:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A pending subscription gets at most one confirmation email per this interval, however often it is requested.</summary>
    public TimeSpan ConfirmationResendInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Subscribe/confirm POSTs allowed per client and window.</summary>
    [Range(1, 10000, ErrorMessage = "Alerts:RateLimitPermits must be between 1 and 10000.")]
    public int RateLimitPermits { get; set; } = 10;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Delay after the digest hour before a digest is composed, so changes committed a moment before it are in it.</summary>
    public TimeSpan DigestGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The hour in Japan (JST, 0–23) at which each daily digest closes and goes out; 9 = every morning at 09:00 JST.</summary>
    [Range(0, 23, ErrorMessage = "Alerts:DigestHour must be an hour from 0 to 23 (Japan time).")]
    public int DigestHour { get; set; } = 9;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SweepInterval < TimeSpan.FromSeconds(1) || SweepInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Alerts:SweepInterval must be between 00:00:01 and 01:00:00.", [nameof(SweepInterval)]);
        }

        if (LeaseDuration < TimeSpan.FromSeconds(5) || LeaseDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Alerts:LeaseDuration must be between 00:00:05 and 01:00:00.", [nameof(LeaseDuration)]);
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Alerts:RetryBaseDelay must be positive and not above Alerts:RetryMaxDelay.", [nameof(RetryBaseDelay)]);
        }

        if (ConfirmationLifetime <= TimeSpan.Zero || RateLimitWindow <= TimeSpan.Zero || DigestGrace < TimeSpan.Zero)
        {
            yield return new ValidationResult("Alerts:ConfirmationLifetime and Alerts:RateLimitWindow must be positive, Alerts:DigestGrace not negative.");
        }
    }
}
