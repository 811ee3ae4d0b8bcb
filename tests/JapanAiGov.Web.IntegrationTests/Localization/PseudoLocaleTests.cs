using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Diet;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using JapanAiGov.Web.IntegrationTests.PublicComments;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace JapanAiGov.Web.IntegrationTests.Localization;

/// <summary>
/// Every page, public and editor, rendered in Japanese under the pseudo-locale (<c>Localization:Pseudo</c>: each string
/// read from a resource comes wrapped in ⟦ ⟧). Text a reader sees outside the marks was written past the localizers; the
/// test fails on any Latin word in it, except in elements that say they are in another language (<c>lang="en"</c>: an
/// English source title) and the few names that are the same in both languages.
/// </summary>
public sealed partial class PseudoLocaleTests
{
    /// <summary>Names written the same way in Japanese text (the product, the government site, formats).</summary>
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "JapanAiGov", "e-Gov", "JST", "AI", "Atom", "CSV", "JSON", "API", "OpenAPI", "iCalendar", "Slack", "Teams", "Webhook",
        "webhook", "Standard", "Webhooks", "URL", "ID", "FAQ", "UTF", "ISO", "Markdown", "HTTPS", "GET", "POST",
        "Outlook", "Google", "Web", "Microsoft", "Workflows",

        // Names inside the seed items' Japanese texts.
        "TJS",
    };

    /// <summary>Publications the seed items' Japanese texts name in their own script.</summary>
    private static readonly string[] NamesInJapaneseText = ["The Register"];

    [Fact]
    public async Task EveryPage_InJapanese_ShowsOnlyLocalizedText()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var comments = await FakePublicCommentServer.StartAsync();
        await using var house = await FakeHouseServer.StartAsync();
        var settings = new Dictionary<string, string?>(egov.Settings()) { ["Localization:Pseudo"] = "true", ["Alerts:DispatcherEnabled"] = "false" };
        foreach (var (key, value) in comments.Settings().Concat(house.Settings()))
        {
            settings[key] = value;
        }

        await using var app = new JapanAiGovFactory(settings);
        var pages = await AddEveryKindOfDataAsync(app, egov, comments, house);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var anonymous = app.CreateBrowserLikeClient();
        await admin.GetAsync("/?culture=ja");
        await anonymous.GetAsync("/?culture=ja");

        var routes = PageRoutes(app);
        var untested = routes.Where(route => !pages.ContainsKey(route)).ToList();
        Assert.True(untested.Count == 0, "Pages this test does not render yet: " + string.Join(", ", untested));

        var findings = new List<string>();
        foreach (var (route, urls) in pages)
        {
            foreach (var (url, signedIn) in urls)
            {
                var client = signedIn ? admin : anonymous;
                using var response = await client.GetAsync(url);
                if (response.StatusCode != System.Net.HttpStatusCode.OK && !url.Contains("404", StringComparison.Ordinal) && !url.Contains("no-such", StringComparison.Ordinal)
                    && !(url == "/account/denied" && response.StatusCode == System.Net.HttpStatusCode.Forbidden))
                {
                    findings.Add($"{url}: {(int)response.StatusCode}");
                    continue;
                }

                var document = HtmlClientExtensions.Parse(await response.Content.ReadAsStringAsync());
                if (document.DocumentElement.GetAttribute("lang") != "ja")
                {
                    findings.Add($"{url}: <html lang=\"{document.DocumentElement.GetAttribute("lang")}\">");
                }

                findings.AddRange(Unlocalized(document).Distinct().Select(text => $"{url}: {text}"));
            }
        }

        Assert.True(findings.Count == 0, $"{findings.Count} unlocalized text(s):" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void Unlocalized_FindsEnglishOutsideTheMarks_NotInsideNorInAnotherLanguage()
    {
        var document = HtmlClientExtensions.Parse(
            "<html lang=ja><head><title>⟦題名⟧</title></head><body><h1>⟦見出し ⟦Nested⟧⟧</h1><p>Ministry</p>" +
            "<p lang=en>The Register</p><p>⟦記録者：<time>2026年</time>、Test⟧</p><p>e-Gov 415AC0000000057 https://example.org/x a@example.org JST</p>" +
            "<input placeholder='Search'><button title='⟦送信⟧'>⟦送信⟧</button><code>Reported</code></body></html>");

        Assert.Equal(["“Ministry” (Ministry)", "placeholder=“Search” (Search)"], Unlocalized(document).ToArray());
    }

    /// <summary>
    /// Texts and visible attributes with a Latin word outside the marks, outside code and other-language elements. A
    /// marked string may hold elements (a time, a link), so the marks are followed across the text nodes in order.
    /// </summary>
    private static IEnumerable<string> Unlocalized(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var depth = 0;
        foreach (var node in document.DocumentElement.GetDescendants())
        {
            if (node is IText text)
            {
                var (outside, after) = Unmarked(text.Data, depth);
                depth = after;
                if (!Skipped(text.ParentElement) && Offending(outside) is { } word)
                {
                    yield return $"“{Shorten(text.Data)}” ({word})";
                }
            }
            else if (node is IElement element && !Skipped(element))
            {
                foreach (var attribute in new[] { "title", "placeholder", "aria-label", "alt" })
                {
                    if (element.GetAttribute(attribute) is { } value && Offending(Unmarked(value, 0).Outside) is { } inAttribute)
                    {
                        yield return $"{attribute}=“{Shorten(value)}” ({inAttribute})";
                    }
                }

                if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button"
                    && element.GetAttribute("value") is { } label && Offending(Unmarked(label, 0).Outside) is { } inLabel)
                {
                    yield return $"button “{Shorten(label)}” ({inLabel})";
                }
            }
        }
    }

    private static bool Skipped(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "code" or "pre" or "kbd" or "samp" or "template")
            {
                return true;
            }

            if (e.GetAttribute("lang") is { } lang)
            {
                return lang != "ja";
            }
        }

        return false;
    }

    /// <summary>The first Latin word of <paramref name="outside"/> that is not a name, a URL, an address or an id.</summary>
    private static string? Offending(string outside)
    {
        outside = outside.Replace(Bilingual.MarkerText, " ", StringComparison.Ordinal);
        foreach (var name in NamesInJapaneseText)
        {
            outside = outside.Replace(name, " ", StringComparison.Ordinal);
        }

        outside = NotWords().Replace(outside, " ");
        foreach (Match word in LatinWord().Matches(outside))
        {
            if (!SameInBothLanguages.Contains(word.Value))
            {
                return word.Value;
            }
        }

        return null;
    }

    /// <summary>The text outside every ⟦…⟧ (nested ones included), starting <paramref name="depth"/> marks deep, and the depth after it.</summary>
    private static (string Outside, int Depth) Unmarked(string text, int depth)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == PseudoLocalization.Open)
            {
                depth++;
            }
            else if (c == PseudoLocalization.Close && depth > 0)
            {
                depth--;
                kept.Append(' ');
            }
            else if (depth == 0)
            {
                kept.Append(c);
            }
        }

        return (kept.ToString(), depth);
    }

    private static string Shorten(string text)
    {
        var trimmed = Regex.Replace(text.Trim(), @"\s+", " ");
        return trimmed.Length <= 80 ? trimmed : trimmed[..80] + "…";
    }

    /// <summary>URLs, paths, e-mail addresses, ids with digits, slugs and query strings: data, not words.</summary>
    [GeneratedRegex(@"(?:https?://|/)\S*|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+\b|[\w.:-]*\d[\w.:-]*|\b[a-z0-9]+(?:-[a-z0-9]+){1,}\b|\?\S*|\w+=\S*")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"(?<![\w-])[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")]
    private static partial Regex LatinWord();

    /// <summary>Every Razor page's route template.</summary>
    private static List<string> PageRoutes(JapanAiGovFactory app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + RouteConstraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "{$1}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Data for every page (a law revision with articles, a consultation, a Diet bill, a channel, subscriptions), and each page's URLs.</summary>
    private static async Task<Dictionary<string, (string Url, bool SignedIn)[]>> AddEveryKindOfDataAsync(
        JapanAiGovFactory app, FakeEGovServer egov, FakePublicCommentServer comments, FakeHouseServer house)
    {
        const string Pipa = AlertTestExtensions.PipaSlug;
        await app.PollAsync();
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());
        await app.PollAsync();
        var updateId = await app.WithDbAsync(db => db.LegislativeUpdates.OrderByDescending(u => u.Id).Select(u => u.Id).FirstAsync());

        comments.SetConsultations(PublicCommentFeeds.Feed(PublicCommentFeeds.MetiHighImpact, PublicCommentFeeds.PipaLowRisk, PublicCommentFeeds.Unrelated));
        comments.SetResults(PublicCommentFeeds.ResultsFeed());
        await app.WatchPublicCommentsAsync();

        house.SetPage(FakeHouseServer.Gian + "menu.htm", HousePages.List(221, new HousePages.Row("閣法", 221, 54, HousePages.Pipa, "参議院で審議中", "PIPA54")));
        house.SetPage(FakeHouseServer.Gian + "keika/PIPA54.htm", HousePages.Progress("閣法", 221, 54, HousePages.Pipa, HousePages.PipaFacts(2)));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DietWatcher>().RunOnceAsync(PollTrigger.Command, CancellationToken.None);
        }

        var billId = await app.WithDbAsync(db => db.DietBills.Select(b => b.Id).FirstAsync());

        await app.ChangeStatusAsync(Pipa, ItemStatus.Confirmed, "個人情報保護委員会が改正法の公式テキストを公表した。");
        var (_, unsubscribeToken) = await app.AddSubscriptionAsync("team@example.org");
        using (var subscribed = await app.CreateBrowserLikeClient().PostFormAsync("/alerts/subscribe?culture=ja", new() { ["Input.Email"] = "new@example.org", ["Input.Scope"] = "AllItems", ["Input.Cadence"] = "Immediate" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, subscribed.StatusCode);
        }

        await app.DispatchAsync();
        var mail = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Single(f => File.ReadAllText(f).Contains("new@example.org", StringComparison.Ordinal));
        var confirmPath = (await MimeMessage.LoadAsync(mail)).ConfirmPath();

        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(app.Services, ["channels", "add", "--kind", "webhook", "--url", "http://127.0.0.1:9/hook"], new StringReader(string.Empty), output, new StringWriter()));
        var channelId = await app.WithDbAsync(db => db.ChannelDestinations.Select(d => d.Id).SingleAsync());

        static (string, bool)[] Public(params string[] urls) => [.. urls.Select(u => (u, false))];
        static (string, bool)[] Editor(params string[] urls) => [.. urls.Select(u => (u, true))];
        return new()
        {
            ["/"] = Public("/", "/?asof=2026-09-01", "/?q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1", "/?q=zzzz"),
            ["/items/{slug}"] = Public("/items/" + Pipa, "/items/high-impact-frontier-models", "/items/profit-based-penalties", "/items/ai-promotion-act"),
            ["/changes"] = Public("/changes"),
            ["/calendar"] = Public("/calendar"),
            ["/api"] = Public("/api"),
            ["/alerts/subscribe"] = Public("/alerts/subscribe", "/alerts/subscribe?item=" + Pipa),
            ["/alerts/confirm/{token}"] = Public(confirmPath),
            ["/alerts/unsubscribe/{token}"] = Public("/alerts/unsubscribe/" + unsubscribeToken),
            ["/alerts/settings/{token}"] = Public("/alerts/settings/" + unsubscribeToken, "/alerts/settings/" + unsubscribeToken + "?saved=true"),
            ["/account/login"] = Public("/account/login"),
            ["/account/denied"] = Public("/account/denied"),
            ["/account/logout"] = Editor("/account/logout"),
            ["/account/password"] = Editor("/account/password"),
            ["/error/{code}"] = Public("/error/404", "/items/no-such-item"),
            ["/admin"] = Editor("/admin"),
            ["/admin/items"] = Editor("/admin/items"),
            ["/admin/items/new"] = Editor("/admin/items/new"),
            ["/admin/items/{slug}/edit"] = Editor($"/admin/items/{Pipa}/edit"),
            ["/admin/items/{slug}/status"] = Editor($"/admin/items/{Pipa}/status", $"/admin/items/{Pipa}/status?status=Confirmed&update={updateId}"),
            ["/admin/items/{slug}/status/retract"] = Editor($"/admin/items/{Pipa}/status/retract"),
            ["/admin/items/{slug}/sources"] = Editor($"/admin/items/{Pipa}/sources"),
            ["/admin/items/{slug}/action"] = Editor($"/admin/items/{Pipa}/action"),
            ["/admin/items/{slug}/withdraw"] = Editor($"/admin/items/{Pipa}/withdraw"),
            ["/admin/items/{slug}/watch"] = Editor($"/admin/items/{Pipa}/watch", "/admin/items/high-impact-frontier-models/watch"),
            ["/admin/legislation"] = Editor("/admin/legislation", "/admin/legislation?show=all"),
            ["/admin/legislation/{id}"] = Editor($"/admin/legislation/{updateId}"),
            ["/admin/legislation/laws"] = Editor("/admin/legislation/laws"),
            ["/admin/legislation/public-comments"] = Editor("/admin/legislation/public-comments", "/admin/legislation/public-comments?show=unmatched"),
            ["/admin/legislation/public-comments/{caseId}"] = Editor("/admin/legislation/public-comments/" + PublicCommentFeeds.MetiHighImpactId),
            ["/admin/legislation/diet"] = Editor("/admin/legislation/diet", "/admin/legislation/diet?show=unmatched"),
            ["/admin/legislation/diet/{id}"] = Editor($"/admin/legislation/diet/{billId}"),
            ["/admin/poller"] = Editor("/admin/poller"),
            ["/admin/alerts"] = Editor("/admin/alerts"),
            ["/admin/users"] = Editor("/admin/users"),
            ["/admin/audit"] = Editor("/admin/audit"),
            ["/admin/channels"] = Editor("/admin/channels"),
            ["/admin/channels/{id}"] = Editor($"/admin/channels/{channelId}"),
        };
    }
}
