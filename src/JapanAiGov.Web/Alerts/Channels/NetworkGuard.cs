using System.Net;
using System.Net.Sockets;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Keeps destinations off internal networks (SSRF): loopback, private, carrier-grade NAT, link-local (cloud metadata at
/// 169.254.169.254 included), unique-local IPv6, unspecified, multicast and broadcast addresses, also when written as
/// IPv4-mapped IPv6. Checked when a destination is created and again, through <see cref="ConnectAsync"/>, on every
/// connection, since a name's DNS answer can change after creation.
/// </summary>
public static class NetworkGuard
{
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,
                169 => b[1] == 254,
                172 => b[1] is >= 16 and <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2),
                198 => b[1] is 18 or 19,
                >= 224 => true,
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local (fd00:ec2::254 is AWS metadata)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8); // documentation
        }

        return true;
    }

    /// <summary>The host's addresses, or the first forbidden one it resolves to.</summary>
    public static async Task<(IPAddress[] Addresses, IPAddress? Forbidden)> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        return (addresses, addresses.FirstOrDefault(IsForbidden));
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host itself and connects only when no address
    /// it resolves to is forbidden (unless <paramref name="allowPrivateNetworks"/>), so the check and the connection use
    /// the same DNS answer.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var (addresses, forbidden) = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        if (forbidden is not null && !allowPrivateNetworks)
        {
            throw new DestinationRefusedException($"{context.DnsEndPoint.Host} resolves to a loopback, private or link-local address; refused (Channels:AllowPrivateNetworks is false).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
