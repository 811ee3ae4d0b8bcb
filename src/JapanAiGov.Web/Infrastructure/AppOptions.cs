using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Infrastructure;

public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    /// <summary>The absolute base of links in emails and feeds.</summary>
    [Required(ErrorMessage = "App:PublicBaseUrl is required.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>
    /// Where readers of the emails can write (an address or a page), in every email's signature beside the note that
    /// the sender takes no replies; empty = the site itself.
    /// </summary>
    [StringLength(200, ErrorMessage = "App:Contact must be at most 200 characters.")]
    public string? Contact { get; set; }

    /// <summary>An absolute URL for an app path, e.g. <c>Link("/items/pipa")</c>, for emails and feeds.</summary>
    public Uri Link(string path) => new(new Uri(PublicBaseUrl.TrimEnd('/') + "/"), path.TrimStart('/'));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HttpUrl.IsValid(PublicBaseUrl))
        {
            yield return new ValidationResult($"App:PublicBaseUrl must be an absolute http(s) URL, not '{PublicBaseUrl}'.", [nameof(PublicBaseUrl)]);
        }
    }
}
