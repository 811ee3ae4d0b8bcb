namespace JapanAiGov.Web.Alerts.Email;

/// <summary>Where alerts go (DESIGN.md §5: Email:Transport). One session is opened per batch and reused for every message in it.</summary>
public interface IMailTransport
{
    /// <exception cref="MailTransportException">The mail server cannot be reached or refused the login.</exception>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}
