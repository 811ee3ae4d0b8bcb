using System.Net;
using System.Text;
using System.Text.Json;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 point 4: every malformed request gets a 4xx, never a 500 or a broken status line.</summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/100")]
    [InlineData("/error/204")]
    [InlineData("/error/302")]
    [InlineData("/error/1000")]
    [InlineData("/error/-1")]
    public async Task ErrorPage_WithCodeOutside400To599_IsNotFound(string url)
    {
        await using var app = new JapanAiGovFactory();

        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPage_WithErrorCode_AnswersWithThatCode()
    {
        await using var app = new JapanAiGovFactory();

        using var response = await app.CreateClient().GetAsync("/error/503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    public static TheoryData<string, int> UnreadableBodies => new()
    {
        { "nul", 0 },
        { "huge-field", 5 * 1024 * 1024 },
        { "many-fields", 1_100 },
        { "huge-body", 31 * 1024 * 1024 },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Post_WithUnreadableBody_Is400Or413(string kind, int size)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/account/login");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var body = new StringBuilder("__RequestVerificationToken=").Append(Uri.EscapeDataString(token)).Append("&Input.Password=x&Input.Email=");
        switch (kind)
        {
            case "nul":
                body.Append("ed%00@example.org&Input%00.Email=x");
                break;
            case "huge-field":
            case "huge-body":
                body.Append('a', size);
                break;
            default:
                for (var i = 0; i < size; i++)
                {
                    body.Append("&f").Append(i).Append("=x");
                }

                break;
        }

        using var response = await client.PostAsync("/account/login", new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded"));

        // A NUL is readable form data, refused or answered with the form again; the others cannot be read at all.
        Assert.True(
            kind == "nul" ? response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest : response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
            $"{kind}: got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Login_WithNonAsciiReturnUrl_RedirectsWithTheUrlEncoded()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("ed@example.org", Roles.Editor);
        var client = app.CreateBrowserLikeClient();

        using var response = await client.PostFormAsync(
            "/account/login?ReturnUrl=" + Uri.EscapeDataString("/items/日本?q=個人"),
            new() { ["Input.Email"] = "ed@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/items/%E6%97%A5%E6%9C%AC?q=%E5%80%8B%E4%BA%BA", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/items/pipa-amendment")]
    [InlineData("TRACE", "/account/login")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/alerts/subscribe")]
    [InlineData("PATCH", "/health/live")]
    public async Task Method_ThePageDoesNotServe_Is405(string method, string url)
    {
        await using var app = new JapanAiGovFactory();

        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("POST", "/feeds/changes.atom")]
    [InlineData("PUT", "/feeds/changes.atom")]
    [InlineData("DELETE", "/items/pipa-amendment/feed.atom")]
    [InlineData("POST", "/api/v1/items")]
    [InlineData("PUT", "/api/v1/items/pipa-amendment")]
    [InlineData("TRACE", "/calendar.ics")]
    [InlineData("PUT", "/export.csv")]
    [InlineData("POST", "/openapi/v1.json")]
    public async Task Method_AFeedOrTheApiDoesNotServe_Is405_AllowingOnlyWhatItServes(string method, string url)
    {
        await using var app = new JapanAiGovFactory();

        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.DoesNotContain("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/?status=Reported,Confirmed")]
    [InlineData("/export.csv?status=Reported,Confirmed")]
    [InlineData("/?status=reported,%20confirmed")]
    public async Task StatusList_OnDashboardAndCsv_KeepsEveryListedStatus(string url)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        var text = await client.GetStringAsync(url);
        if (!url.StartsWith("/export.csv", StringComparison.Ordinal))
        {
            // The filtered rows (the page's "at a glance" panels list recent changes of every item).
            text = HtmlClientExtensions.Parse(text).QuerySelector("table.items")!.OuterHtml;
        }

        // Seed data: two Reported items, one Confirmed, one PendingMetiAnnex.
        Assert.Contains("pipa-amendment", text, StringComparison.Ordinal);
        Assert.Contains("profit-based-penalties", text, StringComparison.Ordinal);
        Assert.Contains("ai-promotion-act", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/items/high-impact-frontier-models", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusList_OnTheApi_KeepsEveryListedStatus()
    {
        await using var app = new JapanAiGovFactory();

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/items?status=Reported,Confirmed"));

        var statuses = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).Order().ToList();
        Assert.Equal(["Confirmed", "Reported", "Reported"], statuses);
    }

    [Theory]
    [InlineData("/api/v1/items?status=Reported,Rumoured")]
    [InlineData("/api/v1/items?status=3")]
    [InlineData("/api/v1/items?status=Reported,,")]
    public async Task StatusList_WithAnUnknownPart_IsRefusedByTheApi(string url)
    {
        await using var app = new JapanAiGovFactory();

        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusList_WithAnUnknownPart_IsNamedOnTheDashboard()
    {
        await using var app = new JapanAiGovFactory();

        var document = await app.CreateClient().GetDocumentAsync("/?status=Reported,Rumoured");

        Assert.Contains("Rumoured", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }
}
