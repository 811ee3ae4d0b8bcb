using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Polling;

public sealed class EGovOptions : IValidatableObject
{
    public const string Section = "EGov";

    [Required(ErrorMessage = "EGov:BaseUrl is required.")]
    public string BaseUrl { get; set; } = "https://laws.e-gov.go.jp/api/2/";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"EGov:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }

        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult($"EGov:Interval must be between 00:01:00 and 7.00:00:00, not '{Interval}'.", [nameof(Interval)]);
        }
    }
}
