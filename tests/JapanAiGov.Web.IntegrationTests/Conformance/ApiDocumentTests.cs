using System.Net;
using System.Text.Json;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>The OpenAPI document names the public URL, describes conditional requests, and agrees with the behaviour it documents.</summary>
public sealed class ApiDocumentTests
{
    [Theory]
    [InlineData("https://tracker.example.org/", "https://tracker.example.org")]
    [InlineData("https://example.org/tracker/", "https://example.org/tracker")]
    [InlineData("http://localhost:5000", "http://localhost:5000")]
    public async Task Servers_ComeFromPublicBaseUrlWithoutTrailingSlash_NeverFromHost(string publicBaseUrl, string expected)
    {
        // Every host answered (a forged one is refused by default, HostFilteringTests): the Host must still not matter.
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = publicBaseUrl, ["AllowedHosts"] = "*" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "internal-proxy.evil.example:8080";

        // Over https, as an https public address is served (plain http would be sent there).
        using var response = await app.CreateClient(new() { BaseAddress = new Uri("https://localhost/") }).SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var servers = document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.Equal([expected], servers);
    }

    [Fact]
    public async Task EveryOperation_DescribesETagIfNoneMatchAnd304()
    {
        await using var app = new JapanAiGovFactory();
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name == "get").Select(o => (Path: path.Name, Operation: o.Value)))
            .ToList();
        Assert.Equal(3, operations.Count);
        foreach (var (path, operation) in operations)
        {
            var ifNoneMatch = operation.GetProperty("parameters").EnumerateArray().SingleOrDefault(p => p.GetProperty("name").GetString() == "If-None-Match");
            Assert.True(ifNoneMatch.ValueKind == JsonValueKind.Object, $"{path}: no If-None-Match parameter");
            Assert.Equal("header", ifNoneMatch.GetProperty("in").GetString());
            var responses = operation.GetProperty("responses");
            Assert.True(responses.GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _), $"{path}: 200 has no ETag header");
            Assert.Contains("If-None-Match", responses.GetProperty("304").GetProperty("description").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/v1/items")]
    [InlineData("/api/v1/changes")]
    public async Task EmptyCursor_IsTheFirstPage_AsDocumented(string path)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var first = await client.GetStringAsync(path);
        using var empty = await client.GetAsync(path + "?cursor=");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(first, await empty.Content.ReadAsStringAsync());
        var cursor = Parameter(document, path, "cursor");
        Assert.Contains("empty", cursor.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Since_IsDocumentedAsADateOrAnInstant_AndADateWorks()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var schema = Parameter(document, "/api/v1/changes", "since").GetProperty("schema");
        var formats = schema.GetProperty("anyOf").EnumerateArray().Select(s => s.GetProperty("format").GetString()).ToList();
        Assert.Equal(["date-time", "date"], formats);
        using var byDate = await client.GetAsync("/api/v1/changes?since=2026-09-01");
        Assert.Equal(HttpStatusCode.OK, byDate.StatusCode);
    }

    private static JsonElement Parameter(JsonDocument document, string path, string name) =>
        document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
}
