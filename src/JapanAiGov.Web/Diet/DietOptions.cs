using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// The Diet bill watch (DESIGN.md §5: Diet__*). Requests share e-Gov's etiquette (Sources/EGovHttp: one request at a
/// time, at least <c>EGov:MinRequestInterval</c> apart, retries and timeouts from the EGov settings).
/// </summary>
public sealed class DietOptions : IValidatableObject
{
    public const string Section = "Diet";

    [Required(ErrorMessage = "Diet:BaseUrl is required.")]
    public string BaseUrl { get; set; } = "https://www.shugiin.go.jp/";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Sessions (国会回次) whose bill lists are read besides the current one, e.g. 221 for bills carried over.</summary>
    public List<int> Sessions { get; set; } = [];

    /// <summary>The largest page accepted (after decompression); a list page is about 300 KB.</summary>
    public long MaxPageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The watcher lease's lifetime; the pass renews it every third of this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HttpUrl.IsValid(BaseUrl))
        {
            yield return new ValidationResult($"Diet:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }

        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult($"Diet:Interval must be between 00:01:00 and 7.00:00:00, not '{Interval}'.", [nameof(Interval)]);
        }

        if (Sessions.Any(s => s is < 1 or > 999))
        {
            yield return new ValidationResult("Diet:Sessions must be session numbers between 1 and 999.", [nameof(Sessions)]);
        }

        if (MaxPageBytes is < 1024 or > 64 * 1024 * 1024)
        {
            yield return new ValidationResult($"Diet:MaxPageBytes must be between 1024 and 67108864, not {MaxPageBytes}.", [nameof(MaxPageBytes)]);
        }

        if (LeaseDuration < TimeSpan.FromSeconds(1) || LeaseDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult($"Diet:LeaseDuration must be between 00:00:01 and 01:00:00, not '{LeaseDuration}'.", [nameof(LeaseDuration)]);
        }
    }
}
