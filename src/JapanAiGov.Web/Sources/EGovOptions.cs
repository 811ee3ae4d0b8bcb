using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Infrastructure;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Sources;

public sealed class EGovOptions : IValidatableObject
{
    public const string Section = "EGov";

    [Required(ErrorMessage = "EGov:BaseUrl is required.")]
    public string BaseUrl { get; set; } = "https://laws.e-gov.go.jp/api/2/";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The least time between two requests to e-Gov (its etiquette asks for at most one a second); zero in tests.</summary>
    public TimeSpan MinRequestInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one HTTP attempt (a whole PIPA text is ~550 KB gzipped to ~60 KB).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one request including every retry and backoff.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of a transient failure (429, 5xx, timeout) after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; it doubles on each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The most bytes (after decompression) one Law API answer may have; reading stops there and that law fails for the
    /// pass. The largest statutes' full text is a few megabytes of JSON.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// The poller lease's lifetime (DESIGN §6). A pass renews it every third of this, so it is short: after a crash another
    /// instance (or <c>poll</c>) takes over within this time.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The dashboard warns when no pass has succeeded for longer than this.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HttpUrl.IsValid(BaseUrl))
        {
            yield return new ValidationResult($"EGov:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }

        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult($"EGov:Interval must be between 00:01:00 and 7.00:00:00, not '{Interval}'.", [nameof(Interval)]);
        }

        if (MinRequestInterval < TimeSpan.Zero || MinRequestInterval > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult($"EGov:MinRequestInterval must be between 00:00:00 and 00:01:00, not '{MinRequestInterval}'.", [nameof(MinRequestInterval)]);
        }

        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult($"EGov:AttemptTimeout must be between 00:00:00.01 and 00:10:00, not '{AttemptTimeout}'.", [nameof(AttemptTimeout)]);
        }

        if (TotalRequestTimeout <= AttemptTimeout || TotalRequestTimeout > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult($"EGov:TotalRequestTimeout must be longer than EGov:AttemptTimeout and at most 01:00:00, not '{TotalRequestTimeout}'.", [nameof(TotalRequestTimeout)]);
        }

        if (MaxRetryAttempts is < 1 or > 10)
        {
            yield return new ValidationResult($"EGov:MaxRetryAttempts must be between 1 and 10, not {MaxRetryAttempts}.", [nameof(MaxRetryAttempts)]);
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult($"EGov:RetryDelay must be between 00:00:00 and 00:01:00, not '{RetryDelay}'.", [nameof(RetryDelay)]);
        }

        if (MaxResponseBytes is < 1024 or > 256L * 1024 * 1024)
        {
            yield return new ValidationResult($"EGov:MaxResponseBytes must be between 1024 and 268435456, not {MaxResponseBytes}.", [nameof(MaxResponseBytes)]);
        }

        if (LeaseDuration < TimeSpan.FromSeconds(1) || LeaseDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult($"EGov:LeaseDuration must be between 00:00:01 and 01:00:00, not '{LeaseDuration}'.", [nameof(LeaseDuration)]);
        }

        if (StaleAfter <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"EGov:StaleAfter must be positive, not '{StaleAfter}'.", [nameof(StaleAfter)]);
        }
    }
}
