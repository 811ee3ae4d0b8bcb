namespace JapanAiGov.Web.Alerts.Email;

public enum EmailTransport
{
    /// <summary>Write .eml files to a folder: works with no mail server.</summary>
    Pickup,

    /// <summary>Send over SMTP with MailKit.</summary>
    Smtp,
}
