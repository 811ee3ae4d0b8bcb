using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// The e-Gov public-comment watcher (docs/public-comments.md). Pacing, timeouts and retries are the e-Gov client's
/// (<see cref="Polling.EGovOptions"/>): both talk to e-Gov, so they share one etiquette and one request pacer.
/// </summary>
public sealed class PublicCommentsOptions : IValidatableObject
{
    public const string Section = "PublicComments";

    [Required(ErrorMessage = "PublicComments:BaseUrl is required.")]
    public string BaseUrl { get; set; } = "https://public-comment.e-gov.go.jp/";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"PublicComments:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }

        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult($"PublicComments:Interval must be between 00:01:00 and 7.00:00:00, not '{Interval}'.", [nameof(Interval)]);
        }
    }
}
