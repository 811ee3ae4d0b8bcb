namespace JapanAiGov.Web.Alerts.Email;

/// <summary>How the SMTP connection is secured; mirrors MailKit's SecureSocketOptions.</summary>
public enum SmtpSecurity
{
    Auto,
    None,
    SslOnConnect,
    StartTls,
    StartTlsWhenAvailable,
}
