using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Caching;

/// <summary>
/// Anonymous readers' repeat requests for public pages answered before the pipeline (docs/architecture.md, "Caching").
/// Whether a request was answered from a copy is read from <see cref="PublicPageShortcut.Answered"/>; what it was
/// answered with is compared with what the whole pipeline answers.
/// </summary>
public sealed class PublicPageShortcutTests
{
    private const string Slug = AlertTestExtensions.PipaSlug;

    private static PublicPageShortcut Shortcut(JapanAiGovFactory app) => app.Services.GetRequiredService<PublicPageShortcut>();

    private static HttpClient Reader(JapanAiGovFactory app, string language = "en")
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response, params string[] except) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !except.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));

    [Theory]
    [InlineData("/")]
    [InlineData("/items/" + Slug)]
    [InlineData("/?status=Reported&q=%E5%80%8B%E4%BA%BA")]
    public async Task RepeatRequest_IsAnsweredFromTheCopy_WithTheHeadersAndBodyThePipelineGave(string path)
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);

        using var first = await reader.GetAsync(path);
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(0, Shortcut(app).Answered);
        using var second = await reader.GetAsync(path);
        var secondBody = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(1, Shortcut(app).Answered);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, secondBody);
        string[] perAnswer = ["Date", "Age", "Content-Length", "Transfer-Encoding"];
        Assert.Equal(HeadersOf(first, perAnswer), HeadersOf(second, perAnswer));
        Assert.Equal(firstBody.Length, second.Content.Headers.ContentLength);
        Assert.Contains("default-src 'self'", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesWithOtherQueries_AreCopiedApart()
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);
        _ = await reader.GetDocumentAsync("/");
        _ = await reader.GetDocumentAsync("/?status=Confirmed");

        var all = await reader.GetDocumentAsync("/");
        var confirmed = await reader.GetDocumentAsync("/?status=Confirmed");

        Assert.Equal(2, Shortcut(app).Answered);
        Assert.NotEqual(
            all.QuerySelectorAll("table.items tbody tr").Length,
            confirmed.QuerySelectorAll("table.items tbody tr").Length);
    }

    [Fact]
    public async Task AWriteThroughTheApp_EndsTheCopies_TheNextReaderSeesIt()
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);
        _ = await reader.GetDocumentAsync($"/items/{Slug}");
        _ = await reader.GetDocumentAsync($"/items/{Slug}");
        Assert.Equal(1, Shortcut(app).Answered);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var changed = await editor.PostFormAsync($"/admin/items/{Slug}/status", new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment was promulgated and its text is on e-Gov.",
            ["Input.EvidenceUrl"] = "https://laws.e-gov.go.jp/law/415AC0000000057",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var item = await reader.GetDocumentAsync($"/items/{Slug}");
        Assert.Equal("Confirmed", item.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal(1, Shortcut(app).Answered);
    }

    [Fact]
    public async Task SignedInEditor_NeverGetsAReadersCopy()
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        _ = await reader.GetDocumentAsync($"/items/{Slug}");
        _ = await reader.GetDocumentAsync($"/items/{Slug}");
        var answered = Shortcut(app).Answered;

        await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "Renamed behind the cache's back")));

        var page = await editor.GetDocumentAsync($"/items/{Slug}");
        Assert.Equal("Renamed behind the cache's back", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(answered, Shortcut(app).Answered);
    }

    [Fact]
    public async Task ReadersOfTheOtherLanguage_ByHeaderOrCookie_GetTheirOwnPage()
    {
        await using var app = new JapanAiGovFactory();
        var english = Reader(app);
        _ = await english.GetDocumentAsync("/");
        _ = await english.GetDocumentAsync("/");

        var byHeader = await Reader(app, "ja").GetDocumentAsync("/");
        var byCookie = app.CreateClient();
        byCookie.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        byCookie.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja");
        var cookiePage = await byCookie.GetDocumentAsync("/");
        var cookiePageAgain = await byCookie.GetDocumentAsync("/");

        Assert.Equal("ja", byHeader.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", cookiePage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", cookiePageAgain.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await english.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
        Assert.Equal(3, Shortcut(app).Answered);
    }

    [Theory]
    [InlineData("Authorization", "Bearer abc")]
    [InlineData("Origin", "http://localhost")]
    [InlineData("If-None-Match", "\"abc\"")]
    [InlineData("If-Modified-Since", "Sat, 05 Dec 2026 00:00:00 GMT")]
    [InlineData("Range", "bytes=0-10")]
    [InlineData("Cookie", "tracker=1")]
    [InlineData("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den; .AspNetCore.Identity.Application=x")]
    public async Task RequestsThatMayNeedAnotherAnswer_GoTheWholeWay(string header, string value)
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);
        _ = await reader.GetDocumentAsync("/");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("en");
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await app.CreateClient(new() { HandleCookies = false }).SendAsync(request);

        Assert.Equal(0, Shortcut(app).Answered);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent or HttpStatusCode.NotModified, response.StatusCode.ToString());
    }

    [Fact]
    public async Task HeadRequests_GoTheWholeWay()
    {
        await using var app = new JapanAiGovFactory();
        var reader = Reader(app);
        _ = await reader.GetDocumentAsync("/");

        using var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(0, Shortcut(app).Answered);
    }

    [Fact]
    public async Task Copy_LivesNoLongerThanTheOutputCachesCopy()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Duration"] = "00:00:30" });
        var reader = Reader(app);
        _ = await reader.GetDocumentAsync("/");
        _ = await reader.GetDocumentAsync("/");
        Assert.Equal(1, Shortcut(app).Answered);

        app.Time.Advance(TimeSpan.FromSeconds(30));

        _ = await reader.GetDocumentAsync("/");
        Assert.Equal(1, Shortcut(app).Answered);
    }

    [Fact]
    public async Task ManyReadersAtOnce_InBothLanguages_EachGetTheirLanguagesPage_AndOneCopyPerKeyIsKept()
    {
        await using var app = new JapanAiGovFactory();
        string[] languages = ["en", "ja", "en-US,en;q=0.9", "ja-JP,ja;q=0.9"];

        var pages = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
        {
            var language = languages[(i / 2) % languages.Length];
            using var request = new HttpRequestMessage(HttpMethod.Get, i % 2 == 0 ? "/" : "/items/" + Slug);
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
            using var response = await app.CreateClient(new() { HandleCookies = false }).SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (Language: language, Html: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(pages, page => Assert.Contains($"<html lang=\"{page.Language[..2]}\"", page.Html, StringComparison.Ordinal));
        Assert.Equal(8, Shortcut(app).Count);
        Assert.InRange(Shortcut(app).Bytes, 1, PublicPageShortcut.MaxBytes);
    }

    [Fact]
    public async Task HostileVarietyOfLanguages_CopiesStayWithinTheirBound_AndOverlongOnesAreNotKept()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient(new() { HandleCookies = false });
        var overlongLanguages = string.Join(", ", Enumerable.Range(0, 400).Select(i => $"x-{i}"));
        for (var i = 0; i < 2; i++)
        {
            using var overlong = new HttpRequestMessage(HttpMethod.Get, "/items/" + Slug);
            overlong.Headers.TryAddWithoutValidation("Accept-Language", overlongLanguages);
            using var answer = await client.SendAsync(overlong);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        Assert.Equal(0, Shortcut(app).Count);
        for (var i = 0; i < 3_000; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation("Accept-Language", $"x-{i};q=0.5, en");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, Shortcut(app).Answered);
        Assert.InRange(Shortcut(app).Bytes, PublicPageShortcut.MaxBytes / 2, PublicPageShortcut.MaxBytes);
        Assert.InRange(Shortcut(app).Count, 100, 2_999);
    }
}
