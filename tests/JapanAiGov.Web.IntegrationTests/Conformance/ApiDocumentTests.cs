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

    /// <summary>Issue 26, point 8: lists, the language parameter and an empty since were undocumented; the document had no ETag.</summary>
    [Theory]
    [InlineData("status", "Reported,Confirmed", "Reported", "PendingMetiAnnex")]
    [InlineData("action", "Prepare,Act", "Monitor", "Act")]
    public async Task ListParameters_AreDocumentedAsCommaSeparatedEnumLists_AndAListWorks(string name, string list, string first, string last)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var parameter = Parameter(document, "/api/v1/items", name);
        // form is a query parameter's default style, which the serializer leaves out.
        Assert.Equal("form", parameter.TryGetProperty("style", out var style) ? style.GetString() : "form");
        Assert.False(parameter.GetProperty("explode").GetBoolean());
        Assert.Equal("array", parameter.GetProperty("schema").GetProperty("type").GetString());
        var values = parameter.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Equal(first, values[0]);
        Assert.Equal(last, values[^1]);
        using var response = await client.GetAsync($"/api/v1/items?{name}={list}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/items")]
    [InlineData("/api/v1/items/pipa-amendment-ai-training")]
    [InlineData("/api/v1/changes")]
    public async Task Culture_IsDocumentedOnEveryOperation_AndChoosesTheLabelsLanguage(string path)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var culture = document.RootElement.GetProperty("paths").EnumerateObject().Single(p => path.StartsWith(p.Name.Split('{')[0].TrimEnd('/'), StringComparison.Ordinal) && p.Name.Contains('{') == path.Contains("pipa", StringComparison.Ordinal))
            .Value.GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "culture");
        Assert.Equal("query", culture.GetProperty("in").GetString());
        Assert.Equal(["en", "ja"], culture.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));

        var english = await client.GetStringAsync(path);
        var japanese = await client.GetStringAsync(path + "?culture=ja");
        if (path.EndsWith("changes", StringComparison.Ordinal))
        {
            // The change log's headlines are in the chosen language.
            string Headline(string json) => JsonDocument.Parse(json).RootElement.GetProperty("changes")[0].GetProperty("headline").GetString()!;
            Assert.NotEqual(Headline(english), Headline(japanese));
            return;
        }

        Assert.Contains("Label\":\"Reported\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Label\":\"報道段階\"", english, StringComparison.Ordinal);
        Assert.Contains("Label\":\"報道段階\"", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySince_IsTheSameAsNone_AsDocumented()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Contains("empty value is the same as none", Parameter(document, "/api/v1/changes", "since").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(await client.GetStringAsync("/api/v1/changes"), await client.GetStringAsync("/api/v1/changes?since="));
    }

    [Fact]
    public async Task Document_HasAStrongETag_AndAnswers304ToIt()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var first = await client.GetAsync("/openapi/v1.json");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    private static JsonElement Parameter(JsonDocument document, string path, string name) =>
        document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
}
