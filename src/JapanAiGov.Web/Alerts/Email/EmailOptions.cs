using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailTransport Transport { get; set; } = EmailTransport.Pickup;

    [Required(ErrorMessage = "Email:From is required.")]
    public string From { get; set; } = "JapanAiGov <alerts@localhost>";

    [Required(ErrorMessage = "Email:PickupDirectory is required.")]
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>DKIM signing (Email:Dkim:Domain, Selector, PrivateKeyFile); off when unset.</summary>
    public DkimOptions Dkim { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _) || From.Contains('\r') || From.Contains('\n'))
        {
            yield return new ValidationResult($"Email:From must be a mailbox such as 'JapanAiGov <alerts@example.org>', not '{From}'.", [nameof(From)]);
        }

        foreach (var result in Dkim.Validate())
        {
            yield return result;
        }
    }
}
