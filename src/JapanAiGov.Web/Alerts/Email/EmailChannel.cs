using JapanAiGov.Web.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// Alerts by email: renders each <see cref="AlertMessage"/> with <see cref="AlertEmailRenderer"/> in the message's
/// language, with a Message-ID derived from the delivery's key (<see cref="EmailMessageId"/>), and sends it through the
/// configured <see cref="IMailTransport"/> (Email:Transport). Every failure leaves as <see cref="AlertChannelException"/>:
/// the transport's <see cref="MailTransportException"/> keeps its message and permanence (failing to open one is
/// "Mail server unavailable", never permanent); a message that cannot be an email (a recipient with a line break, a
/// delivery key of no known form) is permanent, since sending it again cannot help.
/// </summary>
public sealed class EmailChannel(IMailTransport transport, AlertEmailRenderer renderer, IOptions<EmailOptions> options) : IAlertChannel
{
    public AlertChannel Kind => AlertChannel.Email;

    public async Task<IAlertChannelSession> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new Session(await transport.OpenAsync(cancellationToken), this);
        }
        catch (MailTransportException exception)
        {
            throw new AlertChannelException($"Mail server unavailable: {exception.Message}", isPermanent: false, exception);
        }
    }

    /// <summary>The email for <paramref name="message"/>, exactly as the renderer writes it for its kind.</summary>
    /// <exception cref="UnsafeHeaderException">The recipient cannot go into a header.</exception>
    /// <exception cref="AlertChannelException">The delivery key has no known form, so there is no Message-ID for it (permanent).</exception>
    public MimeMessage Render(AlertMessage message)
    {
        if (!EmailMessageId.TryFor(message.DeliveryKey, EmailMessageId.DomainOf(options.Value.From), out var messageId))
        {
            throw new AlertChannelException("The delivery key has none of the forms alert/…, digest/… or confirm/…, so the email has no Message-ID.", isPermanent: true);
        }

        using var language = CultureScope.Use(message.Language);
        return message.Kind switch
        {
            DeliveryKind.Confirmation => renderer.Confirmation(message.Recipient, message.ScopeDescription, message.Cadence, Required(message.ConfirmToken), messageId),
            DeliveryKind.Alert => renderer.Alert(message.Recipient, message.ScopeDescription, message.Changes.Single(), Required(message.UnsubscribeToken), messageId),
            DeliveryKind.Digest => renderer.Digest(message.Recipient, message.ScopeDescription, message.DigestDate ?? throw Incomplete(), message.Changes, Required(message.UnsubscribeToken), messageId),
        };
    }

    private static string Required(string? token) => token ?? throw Incomplete();

    private static InvalidOperationException Incomplete() => new("The message lacks what its kind of email needs.");

    private sealed class Session(IMailSession mail, EmailChannel channel) : IAlertChannelSession
    {
        public bool IsUsable => mail.IsUsable;

        public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
        {
            MimeMessage email;
            try
            {
                email = channel.Render(message);
            }
            catch (UnsafeHeaderException exception)
            {
                throw new AlertChannelException(exception.Message, isPermanent: true, exception);
            }

            try
            {
                await mail.SendAsync(email, cancellationToken);
            }
            catch (MailTransportException exception)
            {
                throw new AlertChannelException(exception.Message, exception.IsPermanent, exception);
            }
        }

        public ValueTask DisposeAsync() => mail.DisposeAsync();
    }
}
