namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// A message could not be handed to the mail server. <see cref="IsPermanent"/>: the server refused this message or
/// recipient for good (a 5xx at RCPT or DATA), so sending it again cannot help; otherwise the failure is transient
/// (server down, connection dropped, 4xx) and a retry may succeed. The message never holds a full email address:
/// transports build it with <see cref="EmailAddress.MaskAll"/>, so it is safe for logs and the admin page.
/// </summary>
public sealed class MailTransportException(string message, bool isPermanent, Exception? innerException = null) : Exception(message, innerException)
{
    public bool IsPermanent { get; } = isPermanent;
}
