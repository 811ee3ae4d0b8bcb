using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

public interface IMailSession : IAsyncDisposable
{
    /// <summary>False once the session can no longer send (e.g. the connection dropped); open a new one.</summary>
    bool IsUsable { get; }

    /// <exception cref="MailTransportException">The message was not accepted (permanently or for now).</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
