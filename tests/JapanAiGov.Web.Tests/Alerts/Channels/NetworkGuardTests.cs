using System.Net;
using JapanAiGov.Web.Alerts.Channels;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fc00::1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    public void IsForbidden_InternalAddresses_AreForbidden(string address) => Assert.True(NetworkGuard.IsForbidden(IPAddress.Parse(address)));

    /// <summary>
    /// The RFC 1918 ranges, at their edges, built from bytes: the guard is a pure classifier and nothing here connects
    /// anywhere (the suite only ever talks to loopback), so no such address is written out as a destination.
    /// </summary>
    [Theory]
    [InlineData(10, 0, 255)]
    [InlineData(172, 16, 31)]
    [InlineData(192, 168, 168)]
    public void IsForbidden_PrivateRanges_AreForbiddenAtTheirEdges_AlsoWhenMappedToIpv6(int first, int secondLow, int secondHigh)
    {
        foreach (var second in new[] { secondLow, secondHigh })
        {
            foreach (var last in new byte[] { 0, 1, 255 })
            {
                var address = new IPAddress([(byte)first, (byte)second, 0, last]);
                Assert.True(NetworkGuard.IsForbidden(address), address.ToString());
                Assert.True(NetworkGuard.IsForbidden(address.MapToIPv6()), address.MapToIPv6().ToString());
            }
        }
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsForbidden_PublicAddresses_AreAllowed(string address) => Assert.False(NetworkGuard.IsForbidden(IPAddress.Parse(address)));

    [Fact]
    public async Task ResolveAsync_ANameForLoopback_IsFoundForbidden()
    {
        var (addresses, forbidden) = await NetworkGuard.ResolveAsync("localhost", CancellationToken.None);

        Assert.NotEmpty(addresses);
        Assert.NotNull(forbidden);
    }

    [Theory]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("127.0.0.1")]
    public async Task ResolveAsync_LiteralLoopback_IsForbiddenWithoutDns(string host)
    {
        var (_, forbidden) = await NetworkGuard.ResolveAsync(host, CancellationToken.None);

        Assert.NotNull(forbidden);
    }
}
