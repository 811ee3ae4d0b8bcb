using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// DKIM signing of outgoing mail (section "Email:Dkim"): off unless all three keys are set. RFC 8058 one-click
/// unsubscribe needs a DKIM signature that covers List-Unsubscribe and List-Unsubscribe-Post.
/// </summary>
public sealed class DkimOptions
{
    /// <summary>The signing domain (d=), normally the domain of Email:From.</summary>
    public string? Domain { get; set; }

    /// <summary>The selector (s=): the public key is published as a TXT record at {Selector}._domainkey.{Domain}.</summary>
    public string? Selector { get; set; }

    /// <summary>A PEM file with the RSA private key, relative to the content root.</summary>
    public string? PrivateKeyFile { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Domain) || !string.IsNullOrWhiteSpace(Selector) || !string.IsNullOrWhiteSpace(PrivateKeyFile);

    public IEnumerable<ValidationResult> Validate()
    {
        if (IsEnabled && (string.IsNullOrWhiteSpace(Domain) || string.IsNullOrWhiteSpace(Selector) || string.IsNullOrWhiteSpace(PrivateKeyFile)))
        {
            yield return new ValidationResult("Email:Dkim:Domain, Email:Dkim:Selector and Email:Dkim:PrivateKeyFile must be set together (or none of them).", [nameof(EmailOptions.Dkim)]);
        }
    }
}
