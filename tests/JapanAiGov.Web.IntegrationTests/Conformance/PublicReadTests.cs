using System.Net;
using System.Net.Sockets;
using System.Text;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>RFC 9110 HEAD on every public read, and CORS: public reads cross-origin, editor pages and POSTs not.</summary>
public sealed class PublicReadTests
{
    public static TheoryData<string> PublicReads =>
    [
        "/feeds/changes.atom",
        "/items/pipa-amendment-ai-training/feed.atom",
        "/calendar.ics",
        "/export.csv",
        "/api/v1/items",
        "/api/v1/items/pipa-amendment-ai-training",
        "/api/v1/changes",
        "/openapi/v1.json",
    ];

    private static readonly string[] ComparedHeaders = ["Content-Type", "Content-Length", "ETag", "Cache-Control", "Content-Disposition"];

    [Fact]
    public async Task Head_OnEveryPublicRead_AnswersGetsHeadersWithNoBodyOnTheWire()
    {
        await using var app = new JapanAiGovFactory();
        app.StartKestrel();
        foreach (var path in PublicReads)
        {
            var get = Parse(await SendRawAsync(app.ServerAddress, "GET", path));
            var head = Parse(await SendRawAsync(app.ServerAddress, "HEAD", path));

            Assert.True(get.Status == 200, $"GET {path}: {get.Status}");
            Assert.True(head.Status == 200, $"HEAD {path}: {head.Status}");
            Assert.True(get.Body.Length > 0, $"GET {path} has a body");
            Assert.True(head.Body.Length == 0, $"HEAD {path} sent {head.Body.Length} body bytes");
            foreach (var name in ComparedHeaders)
            {
                Assert.True(
                    get.Headers.GetValueOrDefault(name) == head.Headers.GetValueOrDefault(name),
                    $"{path} {name}: GET '{get.Headers.GetValueOrDefault(name)}', HEAD '{head.Headers.GetValueOrDefault(name)}'");
            }
        }
    }

    [Fact]
    public async Task Head_WithTheETag_Answers304LikeGet()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/changes"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/changes");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PublicReads))]
    public async Task CrossOriginGet_OfAPublicRead_IsAllowedWithoutCredentials(string path)
    {
        await using var app = new JapanAiGovFactory();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://dashboard.example.net");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_ForAConditionalApiGet_IsAllowedAndForAPostIsNot()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var get = await client.SendAsync(Preflight("/api/v1/changes", "GET", "if-none-match"));
        using var post = await client.SendAsync(Preflight("/api/v1/changes", "POST"));

        Assert.True(get.IsSuccessStatusCode, get.StatusCode.ToString());
        Assert.Equal("*", Header(get, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Header(get, "Access-Control-Allow-Methods") ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("POST", Header(post, "Access-Control-Allow-Methods") ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/alerts/subscribe")]
    [InlineData("GET", "/account/login")]
    [InlineData("GET", "/admin")]
    [InlineData("OPTIONS", "/alerts/subscribe")]
    [InlineData("OPTIONS", "/admin/items/new")]
    [InlineData("OPTIONS", "/alerts/unsubscribe/some-token")]
    public async Task CrossOrigin_PagesEditorRoutesAndPosts_GetNoCorsGrant(string method, string path)
    {
        await using var app = new JapanAiGovFactory();
        var request = method == "OPTIONS" ? Preflight(path, "POST") : new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Origin", "https://dashboard.example.net");

        using var response = await app.CreateBrowserLikeClient().SendAsync(request);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    private static HttpRequestMessage Preflight(string path, string method, string? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.TryAddWithoutValidation("Origin", "https://dashboard.example.net");
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>Sends one request over a plain socket and returns every byte the server wrote, so "no body" is checked on the wire.</summary>
    private static async Task<byte[]> SendRawAsync(Uri server, string method, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: localhost:{server.Port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received).WaitAsync(TimeSpan.FromSeconds(30));
        return received.ToArray();
    }

    private static (int Status, Dictionary<string, string> Headers, byte[] Body) Parse(byte[] response)
    {
        var end = response.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, "no header terminator");
        var lines = Encoding.ASCII.GetString(response, 0, end).Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = response[(end + 4)..];
        return (int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }
}
