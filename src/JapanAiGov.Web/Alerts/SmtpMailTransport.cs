using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts;

/// <summary>Sends over SMTP with MailKit: one connection (and one login) per session, reused for the whole batch.</summary>
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
        catch
        {
            client.Dispose();
            socket.Dispose();
            throw;
        }

        return new Session(client, wire);
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
            await client.SendAsync(message, cancellationToken);
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
