using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// The sink alone: the 10,000 emails of one status change, composed and rendered beforehand, sent over 4 MailKit
/// connections (NoDelay sockets, as the app's SmtpMailTransport opens them) with nothing else in the loop, printing
/// messages per second. alerts-run can be no faster than this. Run: <c>dotnet run -c Release --project
/// tests/JapanAiGov.Benchmarks -- smtp-sink-run [rounds] [smtpserver|minimal]</c>.
/// </summary>
public static class SmtpSinkRun
{
    private const int Connections = 4;

    public static async Task RunAsync(string[] args)
    {
        var (numbers, sink) = BenchmarkArguments.Parse(args);
        var rounds = numbers.Count > 0 ? numbers[0] : 4;
        await using var host = await AlertsBenchmarkHost.StartAsync(sink);
        await host.ResetOutboxAsync();
        await host.ChangeStatusAsync();
        await host.FanOutAsync();
        var emails = await host.RenderPendingEmailsAsync();
        var size = emails[0].ToString().Length;
        for (var round = 1; round <= rounds; round++)
        {
            var before = host.Received;
            var clients = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => ConnectAsync(host.SmtpPort)));
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select((client, i) => SendAsync(client, emails.Where((_, index) => index % Connections == i).ToList())));
            var elapsed = clock.Elapsed;
            foreach (var client in clients)
            {
                await client.DisconnectAsync(quit: true);
                client.Dispose();
            }

            var received = host.Received - before;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}, {sink} sink, {Connections} connections: {received} emails of ~{size} bytes in {elapsed.TotalSeconds:0.00} s = {received / elapsed.TotalSeconds:0} messages/s"));
        }
    }

    private static async Task<SmtpClient> ConnectAsync(int port)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync("127.0.0.1", port);
        var client = new SmtpClient();
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
        return client;
    }

    private static async Task SendAsync(SmtpClient client, List<MimeMessage> emails)
    {
        foreach (var email in emails)
        {
            await client.SendAsync(email);
        }
    }
}
