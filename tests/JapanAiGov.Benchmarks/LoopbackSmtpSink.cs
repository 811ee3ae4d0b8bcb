using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// The least an SMTP server can do, for measuring a sender without the server in the way: plain SMTP on 127.0.0.1
/// (no PIPELINING, TLS or AUTH advertised), EHLO/HELO, MAIL, RCPT, RSET, NOOP answered 250, DATA 354 and its end 250,
/// QUIT 221; every message accepted and counted, none kept. The SmtpServer package parses each command into objects
/// and hands each message to a store; this only reads lines out of one buffer per connection.
/// </summary>
public sealed class LoopbackSmtpSink : IAsyncDisposable
{
    private static readonly byte[] Greeting = "220 localhost ESMTP sink\r\n"u8.ToArray();
    private static readonly byte[] Ehlo = "250-localhost\r\n250 8BITMIME\r\n"u8.ToArray();
    private static readonly byte[] Ok = "250 OK\r\n"u8.ToArray();
    private static readonly byte[] StartData = "354 End data with <CR><LF>.<CR><LF>\r\n"u8.ToArray();
    private static readonly byte[] Bye = "221 Bye\r\n"u8.ToArray();
    private static readonly byte[] Unknown = "500 Unknown command\r\n"u8.ToArray();

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _received;

    public LoopbackSmtpSink()
    {
        _listener.Server.NoDelay = true;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Received => Volatile.Read(ref _received);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            socket.NoDelay = true;
            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        var reader = PipeReader.Create(stream);
        try
        {
            await stream.WriteAsync(Greeting, _stop.Token);
            var inData = false;
            while (true)
            {
                var read = await reader.ReadAsync(_stop.Token);
                var buffer = read.Buffer;
                byte[]? reply = null;
                var quit = false;
                while (TryReadLine(ref buffer, out var line))
                {
                    if (!inData)
                    {
                        (reply, inData, quit) = Answer(line);
                        break;
                    }

                    if (IsEndOfData(line))
                    {
                        inData = false;
                        Interlocked.Increment(ref _received);
                        reply = Ok;
                        break;
                    }
                }

                // After a reply, what is left is looked at again at once; otherwise wait for more bytes.
                reader.AdvanceTo(buffer.Start, reply is null ? buffer.End : buffer.Start);
                if (reply is not null)
                {
                    await stream.WriteAsync(reply, _stop.Token);
                    if (quit)
                    {
                        return;
                    }
                }
                else if (read.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
        {
            // The client went away, or the sink is stopping.
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private static bool IsEndOfData(ReadOnlySequence<byte> line)
    {
        if (line.Length != 3)
        {
            return false;
        }

        Span<byte> three = stackalloc byte[3];
        line.CopyTo(three);
        return three is [(byte)'.', (byte)'\r', (byte)'\n'];
    }

    private static (byte[] Reply, bool InData, bool Quit) Answer(ReadOnlySequence<byte> line)
    {
        if (line.Length < 4)
        {
            return (Unknown, false, false);
        }

        Span<byte> verb = stackalloc byte[4];
        line.Slice(0, 4).CopyTo(verb);
        var word = ((char)(verb[0] | 0x20), (char)(verb[1] | 0x20), (char)(verb[2] | 0x20), (char)(verb[3] | 0x20));
        return word switch
        {
            ('e', 'h', 'l', 'o') => (Ehlo, false, false),
            ('h', 'e', 'l', 'o') or ('m', 'a', 'i', 'l') or ('r', 'c', 'p', 't') or ('r', 's', 'e', 't') or ('n', 'o', 'o', 'p') => (Ok, false, false),
            ('d', 'a', 't', 'a') => (StartData, true, false),
            ('q', 'u', 'i', 't') => (Bye, false, true),
            _ => (Unknown, false, false),
        };
    }

    /// <summary>Takes one line, with its CRLF, off the front of <paramref name="buffer"/>.</summary>
    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is not { } end)
        {
            line = default;
            return false;
        }

        var next = buffer.GetPosition(1, end);
        line = buffer.Slice(0, next);
        buffer = buffer.Slice(next);
        return true;
    }
}
