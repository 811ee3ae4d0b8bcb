using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// Sends over SMTP with MailKit: one connection (and one login) per session, reused for a whole pass. Every failure
/// leaves as a <see cref="MailTransportException"/>, so no MailKit type reaches the dispatcher.
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options, WireFormat wire) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set.");
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        // SMTP is a command/response protocol: with Nagle's algorithm on, the small write that ends each message's
        // DATA waits for the server's delayed ACK (~40 ms on Linux), capping a connection at about 20 emails a second.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, smtp.Port, cancellationToken);
            await client.ConnectAsync(socket, host, smtp.Port, ToMailKit(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            client.Dispose();
            socket.Dispose();
            throw Translate(exception, cancellationToken);
        }

        return new Session(client, wire);
    }

    /// <summary>
    /// MailKit's exceptions become the product's own: permanent only for a 5xx refusal of this recipient or message;
    /// the server's reply keeps its status code, with any address in its text masked. Cancellation passes through.
    /// </summary>
    private static Exception Translate(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return exception;
        }

        return exception switch
        {
            SmtpCommandException command => new MailTransportException(
                $"{(int)command.StatusCode} {EmailAddress.MaskAll(command.Message)}",
                (int)command.StatusCode >= 500 && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
                exception),
            _ => new MailTransportException(EmailAddress.MaskAll(exception.Message), isPermanent: false, exception),
        };
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.Auto,
    };

    private sealed class Session(SmtpClient client, WireFormat wire) : IMailSession
    {
        public bool IsUsable => client.IsConnected;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            wire.Prepare(message);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception exception)
            {
                throw Translate(exception, cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await client.DisconnectAsync(quit: true, quit.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or SmtpProtocolException or OperationCanceledException or SmtpCommandException)
            {
                // The server went away first; nothing is left to close politely.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
