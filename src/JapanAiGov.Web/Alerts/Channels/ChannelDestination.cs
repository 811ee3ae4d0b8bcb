namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// A webhook, Slack or Teams destination for alerts. It owns one <see cref="Subscription"/> (its scope, language and
/// channel; confirmed at creation, immediate), so fan-out, claims, retries and dead letters serve it exactly as they
/// serve an email address. The URL is a secret (Slack's path, Teams' <c>sig=</c>): only its Data Protection ciphertext
/// and a masked form are stored. A webhook's signing secrets are kept the same way; after a rotation the previous one
/// stays valid (and signs too) until <see cref="PreviousSecretExpiresAt"/>. The rules live here, tested without a host.
/// </summary>
public sealed class ChannelDestination
{
    public const int NameMaxLength = 100;
    public const int UrlMaxLength = 2000;
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    public long Id { get; set; }

    public long SubscriptionId { get; set; }

    public Subscription? Subscription { get; set; }

    public AlertChannel Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>The whole URL, encrypted (<see cref="DestinationSecrets"/>).</summary>
    public required string UrlProtected { get; set; }

    /// <summary>Scheme and host only, e.g. "https://hooks.slack.com/…": what pages and logs show.</summary>
    public required string UrlDisplay { get; set; }

    /// <summary>A webhook's current signing secret (<c>whsec_…</c>), encrypted; null for Slack and Teams.</summary>
    public string? SecretProtected { get; set; }

    public string? PreviousSecretProtected { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public bool Enabled { get; set; } = true;

    public string? DisabledReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The secrets that sign now: the current one, and the previous one during its overlap.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        SecretProtected is null ? []
        : PreviousSecretProtected is not null && now < PreviousSecretExpiresAt ? [SecretProtected, PreviousSecretProtected]
        : [SecretProtected];

    /// <summary>A new secret signs from now on; the current one keeps signing for <see cref="RotationOverlap"/>.</summary>
    public void RotateSecret(string newSecretProtected, DateTimeOffset now)
    {
        if (SecretProtected is null)
        {
            throw new InvalidOperationException("Only a webhook has a signing secret.");
        }

        PreviousSecretProtected = SecretProtected;
        PreviousSecretExpiresAt = now + RotationOverlap;
        SecretProtected = newSecretProtected;
    }

    /// <summary>No new deliveries (its subscription ends with it, so fan-out skips it and pending ones are cancelled).</summary>
    public void Disable(string reason, DateTimeOffset now)
    {
        Enabled = false;
        DisabledReason = reason.Length <= 300 ? reason : reason[..300];
        Subscription?.UnsubscribedAt ??= now;
    }

    public void Enable()
    {
        Enabled = true;
        DisabledReason = null;
        if (Subscription is not null)
        {
            Subscription.UnsubscribedAt = null;
        }
    }
}
