using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Pages.Admin;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 points 2 and 3: control characters and far-off dates are refused at the edge, and stored ones break no writer.</summary>
public sealed class HostileTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 0, 30, 0, TimeSpan.Zero);

    private static Dictionary<string, string> NewItem() => ItemEditingTests.NewItem("meti-annex");

    [Theory]
    [InlineData("Input.Title", "Line one\r\nLine two")]
    [InlineData("Input.Title", "Word\u000Bsoft break")]
    [InlineData("Input.Title", "Bell\u0007")]
    [InlineData("Initial.Reason", "A reason long enough \u0001 with a control character.")]
    [InlineData("Input.Summary", "Summary with an escape \u001B[31m inside.")]
    public async Task NewItem_WithControlCharacter_IsRefusedWithAClearMessage(string field, string value)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form[field] = value;

        using var response = await client.PostFormAsync("/admin/items/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = string.Concat((await response.ReadDocumentAsync()).QuerySelectorAll(".field-validation-error, .validation-summary").Select(e => e.TextContent));
        Assert.Contains("control character", errors, StringComparison.Ordinal);
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task NewItem_MultiLineFields_StoreLineBreaksAsLineFeeds()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form["Input.Summary"] = "First line\r\nSecond line\rThird line";
        form["Initial.Reason"] = "Reported by the press\r\nas in preparation.";

        using var response = await client.PostFormAsync("/admin/items/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await app.WithDbAsync(db => db.Items.Include(i => i.StatusChanges).SingleAsync(i => i.Slug == "meti-annex"));
        Assert.Equal("First line\nSecond line\nThird line", item.Summary);
        Assert.Equal("Reported by the press\nas in preparation.", item.StatusChanges.Single().Reason);
    }

    [Theory]
    [InlineData("NewSource.Publisher", "The\u0001Register")]
    [InlineData("NewSource.Title", "Title\r\nwith a break")]
    public async Task AddSource_WithControlCharacter_IsRefused(string field, string value)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = new Dictionary<string, string>
        {
            ["NewSource.Publisher"] = "METI",
            ["NewSource.Title"] = "Draft annex",
            ["NewSource.Url"] = "https://www.meti.go.jp/",
            ["NewSource.Kind"] = "Official",
            [field] = value,
        };

        using var response = await client.PostFormAsync("/admin/items/high-impact-frontier-models/sources", form, "form.add-source");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("control character", (await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAccount_WithControlCharacterInDisplayName_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        using var scope = app.Services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync("ed@example.org", "Ed\u000BEditor", Roles.Editor, JapanAiGovFactory.Password, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("control character", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredControlCharacters_BreakNoFeedCalendarOrExport()
    {
        await using var app = new JapanAiGovFactory();
        const string hostile = "Bad\u0001title\u000B with \u0000 NUL, \uFFFE and \r\nbreak \uD800 lone";
        await app.AddItemAsync("hostile", hostile, Now.AddDays(-3), summary: hostile);
        await app.ChangeStatusAsync("hostile", ItemStatus.PendingMetiAnnex, Now.AddDays(-1), new DateOnly(2027, 4, 1), reason: "Reason " + hostile);
        await app.AddLegislativeUpdateAsync("415AC0000000057", "Law\u0002title\u000C", "hostile", "20270401", new DateOnly(2026, 5, 30), new DateOnly(2027, 4, 1), Now.AddDays(-2));
        await app.WithDbAsync(async db =>
        {
            var change = await db.StatusChanges.OrderBy(c => c.Id).LastAsync();
            change.ChangedBy = "Editor\u0001\u001F";
            await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        foreach (var feed in new[] { "/feeds/changes.atom", "/items/hostile/feed.atom" })
        {
            using var response = await client.GetAsync(feed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("Badtitle", xml.ToString(), StringComparison.Ordinal);
        }

        using var calendar = await client.GetAsync("/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        var ics = await calendar.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ics, c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

        using var csv = await client.GetAsync("/export.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.DoesNotContain(await csv.Content.ReadAsStringAsync(), c => char.IsControl(c) && c is not ('\r' or '\n'));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/items/hostile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calendar")).StatusCode);
    }

    [Fact]
    public async Task StoredDirectionOverridesAndSeparators_ReachNoPageFeedCalendarExportApiOrEmail()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("all@example.org");

        // On screen a right-to-left override makes "Spoof\u202Etxt.exe" read "Spoofexe.txt"; the others hide or split text.
        const string hostile = "Spoof\u202Etxt.exe\u202C iso\u2066late\u2069 mark\u200F zero\u200Bwidth bom\uFEFF line\u2028para\u2029end";
        await app.AddItemAsync("hostile", hostile, Now.AddDays(-3), topic: "privacy", summary: hostile, titleJa: hostile, summaryJa: hostile);
        await app.ChangeStatusAsync("hostile", ItemStatus.Confirmed, "Reason " + hostile);
        await app.AddLegislativeUpdateAsync("415AC0000000057", "Law " + hostile, "hostile", "20270401", new DateOnly(2026, 5, 30), new DateOnly(2027, 4, 1), Now.AddDays(-2));
        var client = app.CreateClient();

        foreach (var url in new[]
        {
            "/", "/?culture=ja", "/items/hostile", "/items/hostile?culture=ja", "/changes", "/?q=Spoof", "/feeds/changes.atom",
            "/items/hostile/feed.atom", "/calendar.ics", "/calendar", "/export.csv", "/api/v1/items", "/api/v1/items/hostile", "/api/v1/changes",
        })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The CSV's byte-order mark is Excel's cue for UTF-8, not text.
            AssertNoInvisibleText(url, (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        }

        Assert.Contains("Spooftxt.exe", await client.GetStringAsync("/items/hostile?culture=en"), StringComparison.Ordinal);
        Assert.True((await app.DispatchAsync()).Sent > 0);
        Assert.NotEmpty(smtp.Messages);
        foreach (var message in smtp.Messages)
        {
            AssertNoInvisibleText("subject", message.Subject);
            AssertNoInvisibleText("text body", message.TextBody);
            AssertNoInvisibleText("HTML body", message.HtmlBody);
        }
    }

    [Theory]
    [InlineData("Input.Title", "Spoof\u202Etxt.exe")]
    [InlineData("Input.Title", "Line\u2028separator")]
    [InlineData("Input.Summary", "Isolate \u2067hidden\u2069 text")]
    [InlineData("Initial.Reason", "A reason long enough with a zero\u200Bwidth space.")]
    public async Task NewItem_WithInvisibleFormattingMark_IsRefusedWithAClearMessage(string field, string value)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form[field] = value;

        using var response = await client.PostFormAsync("/admin/items/new", form);

        var errors = string.Concat((await response.ReadDocumentAsync()).QuerySelectorAll(".field-validation-error, .validation-summary").Select(e => e.TextContent));
        Assert.Contains("invisible formatting mark", errors, StringComparison.Ordinal);
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    /// <summary>No bidirectional control, invisible mark or line/paragraph separator, neither raw nor escaped (JSON, HTML, XML).</summary>
    private static void AssertNoInvisibleText(string where, string? text)
    {
        if (text is null)
        {
            return;
        }

        var found = text.IndexOfAny(InvisibleCharacters);
        Assert.True(found < 0, $"{where}: U+{(found < 0 ? 0 : text[found]):X4} at {found}: {(found < 0 ? string.Empty : text[Math.Max(0, found - 120)..Math.Min(text.Length, found + 40)])}");
        var escaped = Regex.Match(text, @"\\u(061c|200[befBEF]|202[89a-eA-E]|206[6-9]|feff|FEFF)|&#x(61c|200[bef]|202[89a-e]|206[6-9]|feff);", RegexOptions.IgnoreCase);
        Assert.False(escaped.Success, $"{where}: {escaped.Value}");
    }

    private static readonly System.Buffers.SearchValues<char> InvisibleCharacters = System.Buffers.SearchValues.Create(
        ['\u061C', '\u200B', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF']);

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1800-01-01")]
    public async Task StatusChange_WithEffectiveDateOutOfRange_IsRefused(string date)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/profit-based-penalties/status", new()
        {
            ["Input.NewStatus"] = "PendingMetiAnnex",
            ["Input.Reason"] = "Deferred to the METI annexes.",
            ["Input.EffectiveOn"] = date,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between", (await response.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='Input.EffectiveOn']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSource_WithPublishedDateOutOfRange_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/high-impact-frontier-models/sources", new()
        {
            ["NewSource.Publisher"] = "METI",
            ["NewSource.Title"] = "Draft annex",
            ["NewSource.Url"] = "https://www.meti.go.jp/",
            ["NewSource.PublishedOn"] = "9999-12-31",
        }, "form.add-source");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between", (await response.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='NewSource.PublishedOn']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_WithStoredExtremeDates_StillAnswers()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, Now.AddDays(-1), DateOnly.MaxValue);
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "99991231", DateOnly.MinValue, DateOnly.MaxValue, Now.AddDays(-2));
        var client = app.CreateClient();

        using var ics = await client.GetAsync("/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Contains("DTSTART;VALUE=DATE:99991231", await ics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calendar")).StatusCode);
    }
}
