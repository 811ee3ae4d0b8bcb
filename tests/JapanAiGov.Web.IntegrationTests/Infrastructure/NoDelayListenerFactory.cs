using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Net;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// Makes the SmtpServer package's replies leave at once: with Nagle's algorithm on, each reply waits for the
/// client's delayed ACK (~40 ms on Linux), capping a connection at about 20 emails a second. Accepted sockets inherit
/// TCP_NODELAY from the listener on Linux. Also compiled into the benchmarks (linked file).
/// </summary>
public sealed class NoDelayListenerFactory : EndpointListenerFactory
{
    public override IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        var listener = base.CreateListener(endpointDefinition);
        var tcp = listener.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Select(f => f.GetValue(listener)).OfType<TcpListener>().Single();
        tcp.Server.NoDelay = true;
        return listener;
    }
}
