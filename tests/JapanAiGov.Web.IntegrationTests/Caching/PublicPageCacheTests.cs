using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JapanAiGov.Web.IntegrationTests.Caching;

/// <summary>
/// Output caching of the dashboard and item pages (docs/architecture.md, "Caching"). A page's cached copy is made
/// visible by changing the database behind the app's back (ExecuteUpdate skips SaveChanges, so nothing is evicted):
/// a reader still seeing the old title proves the page came from the cache; a write through the app must end that.
/// </summary>
public sealed class PublicPageCacheTests
{
    private const string Slug = AlertTestExtensions.PipaSlug;
    private const string HiddenTitle = "Renamed behind the cache's back";

    private static Task<int> RenameBehindTheAppsBackAsync(JapanAiGovFactory app, string title = HiddenTitle) =>
        app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, title)));

    private static async Task<string> TitleOnItemPageAsync(HttpClient client) =>
        (await client.GetDocumentAsync($"/items/{Slug}")).QuerySelector("h1")!.TextContent.Trim();

    private static async Task<string> StatusOnDashboardAsync(HttpClient client)
    {
        var dashboard = await client.GetDocumentAsync("/");
        var row = dashboard.QuerySelectorAll("table.items tbody tr").Single(r => r.QuerySelector($"a[href$='/items/{Slug}']") is not null);
        return row.QuerySelector(".badge")!.TextContent.Trim();
    }

    private static HttpClient EnglishReader(JapanAiGovFactory app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    [Fact]
    public async Task AnonymousReader_SecondVisit_IsServedFromTheCache()
    {
        await using var app = new JapanAiGovFactory();
        var reader = EnglishReader(app);
        var before = await StatusOnDashboardAsync(reader);
        var itemTitle = (await reader.GetDocumentAsync($"/items/{Slug}")).QuerySelector("h1")!.TextContent.Trim();

        await RenameBehindTheAppsBackAsync(app);

        Assert.Equal(itemTitle, (await reader.GetDocumentAsync($"/items/{Slug}")).QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(HiddenTitle, (await reader.GetDocumentAsync("/")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StatusOnDashboardAsync(reader));
    }

    [Fact]
    public async Task EditorStatusChange_NextAnonymousVisitAfterTheRedirect_ShowsTheNewStatus()
    {
        await using var app = new JapanAiGovFactory();
        var reader = EnglishReader(app);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        Assert.Equal("Reported", await StatusOnDashboardAsync(reader));
        _ = await reader.GetDocumentAsync($"/items/{Slug}");

        using var changed = await editor.PostFormAsync($"/admin/items/{Slug}/status", new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment was promulgated and its text is on e-Gov.",
            ["Input.EvidenceUrl"] = "https://laws.e-gov.go.jp/law/415AC0000000057",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Confirmed", await StatusOnDashboardAsync(reader));
        var item = await reader.GetDocumentAsync($"/items/{Slug}");
        Assert.Equal("Confirmed", item.QuerySelector(".badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnyWriteOfPublicContent_DropsCachedPages_PrivateBookkeepingDoesNot()
    {
        await using var app = new JapanAiGovFactory();
        var reader = EnglishReader(app);
        var original = await TitleOnItemPageAsync(reader);
        await RenameBehindTheAppsBackAsync(app);
        var recordedAtStart = await app.WithDbAsync(db => db.ContentChanges.CountAsync());

        // Bookkeeping no page shows (a subscription) keeps the cache ...
        await app.AddSubscriptionAsync("reader@example.org");
        Assert.Equal(original, await TitleOnItemPageAsync(reader));
        Assert.Equal(recordedAtStart, await app.WithDbAsync(db => db.ContentChanges.CountAsync()));

        // ... a source added to another item (any public row, written through SaveChanges) drops it.
        await app.WithDbAsync(async db =>
        {
            var other = await db.Items.Include(i => i.Sources).FirstAsync(i => i.Slug != Slug);
            other.Sources.Add(new JapanAiGov.Web.Items.Source
            {
                Kind = JapanAiGov.Web.Items.SourceKind.Press,
                Publisher = "Example Shimbun",
                Title = "A later report",
                Url = "https://example.org/report",
                PublishedOn = new DateOnly(2026, 11, 20),
            });
            await db.SaveChangesAsync();
        });

        Assert.Equal(HiddenTitle, await TitleOnItemPageAsync(reader));
        Assert.Equal(recordedAtStart + 1, await app.WithDbAsync(db => db.ContentChanges.CountAsync()));
    }

    private static readonly Dictionary<string, string?> RenderAhead = new() { ["OutputCache:RenderAfterWrites"] = "true" };

    [Fact]
    public async Task EditorStatusChange_FirstReadersAfterIt_AreServedTheNewPagesFromTheCache()
    {
        await using var app = new JapanAiGovFactory(RenderAhead);
        var reader = EnglishReader(app);
        var japanese = app.CreateClient();
        japanese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var title = await TitleOnItemPageAsync(reader);
        Assert.Equal("Reported", await StatusOnDashboardAsync(reader));

        using var changed = await editor.PostFormAsync($"/admin/items/{Slug}/status", new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment was promulgated and its text is on e-Gov.",
            ["Input.EvidenceUrl"] = "https://laws.e-gov.go.jp/law/415AC0000000057",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // Pages rendered by the write itself: a rename no save records is not on them, the new status is.
        await RenameBehindTheAppsBackAsync(app);
        var item = await reader.GetDocumentAsync($"/items/{Slug}");
        Assert.Equal(title, item.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Confirmed", item.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal("Confirmed", await StatusOnDashboardAsync(reader));
        Assert.DoesNotContain(HiddenTitle, (await reader.GetDocumentAsync("/")).Body!.TextContent, StringComparison.Ordinal);
        var dashboardInJapanese = await japanese.GetDocumentAsync("/");
        Assert.Equal("ja", dashboardInJapanese.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(HiddenTitle, dashboardInJapanese.Body!.TextContent, StringComparison.Ordinal);
        var itemInJapanese = await japanese.GetDocumentAsync($"/items/{Slug}");
        Assert.DoesNotContain(HiddenTitle, itemInJapanese.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Events, e => e.MessageTemplate.Text.Contains("ahead of a write", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageRenderedAhead_CarriesTheSecurityHeadersOfAPageRenderedForAReader()
    {
        await using var app = new JapanAiGovFactory(RenderAhead);
        var reader = EnglishReader(app);

        await app.ChangeStatusAsync(Slug, JapanAiGov.Web.Items.ItemStatus.Confirmed);
        await RenameBehindTheAppsBackAsync(app);
        using var response = await reader.GetAsync($"/items/{Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(HiddenTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy") || response.Content.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TwoInstancesOnOneSqliteFile_WriteOnOne_TheOtherRendersItsDashboardAheadAtItsNextSync()
    {
        await using var first = new JapanAiGovFactory(RenderAhead);
        var shared = new Dictionary<string, string?>(RenderAhead) { ["ConnectionStrings:Default"] = $"Data Source={first.DatabasePath}" };
        _ = first.Services; // migrated and seeded before the second starts
        await using var second = new JapanAiGovFactory(shared);
        var readerOfSecond = EnglishReader(second);
        var sync = second.Services.GetServices<IHostedService>().OfType<ContentChangeSync>().Single();
        await sync.SyncOnceAsync(CancellationToken.None);
        Assert.Equal("Reported", await StatusOnDashboardAsync(readerOfSecond));

        await first.ChangeStatusAsync(Slug, JapanAiGov.Web.Items.ItemStatus.Confirmed);
        Assert.Equal("Reported", await StatusOnDashboardAsync(readerOfSecond));
        Assert.True(await sync.SyncOnceAsync(CancellationToken.None));
        await RenameBehindTheAppsBackAsync(first);

        Assert.Equal("Confirmed", await StatusOnDashboardAsync(readerOfSecond));
        Assert.DoesNotContain(HiddenTitle, (await readerOfSecond.GetDocumentAsync("/")).Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 26, point 9: the sync compared only the highest id, but PostgreSQL numbers a row when it is inserted, not
    /// when it commits; a write committing after a later-numbered one never reached other instances' caches.
    /// </summary>
    [Fact]
    public async Task Sync_AWriteCommittingBelowTheHighestIdAlreadySeen_StillMovesTheCache_Once()
    {
        await using var app = new JapanAiGovFactory();
        var sync = app.Services.GetServices<IHostedService>().OfType<ContentChangeSync>().Single();
        await sync.SyncOnceAsync(CancellationToken.None);
        var highest = await app.WithDbAsync(db => db.ContentChanges.MaxAsync(c => (long?)c.Id)) ?? 0;

        // Recorded as another instance would (not through this app's own write path, which moves its cache itself).
        Task RecordAsync(long id) => app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO \"ContentChanges\" (\"Id\", \"ChangedAt\") VALUES ({id}, 0)"));

        // Two writes numbered in one order, committed in the other.
        await RecordAsync(highest + 2);
        Assert.True(await sync.SyncOnceAsync(CancellationToken.None));
        await RecordAsync(highest + 1);
        Assert.True(await sync.SyncOnceAsync(CancellationToken.None));
        Assert.False(await sync.SyncOnceAsync(CancellationToken.None));

        // Long after, ids that have settled are not read again, and new ones still count (the clock moving wakes the
        // app's own sync loop too, so which look sees the write is left open: the cache moved either way).
        app.Time.Advance(ContentChangeSync.Settle + TimeSpan.FromMinutes(1));
        Assert.False(await sync.SyncOnceAsync(CancellationToken.None));
        app.Time.Advance(ContentChangeSync.Settle + TimeSpan.FromMinutes(1));
        Assert.False(await sync.SyncOnceAsync(CancellationToken.None));
        var version = app.Services.GetRequiredService<PublicContentVersion>();
        var before = version.Generation;
        await RecordAsync(highest + 3);
        await sync.SyncOnceAsync(CancellationToken.None);
        Assert.True(version.Generation > before);
    }

    [Fact]
    public async Task SignedInEditor_AlwaysGetsTheLivePage()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        _ = await TitleOnItemPageAsync(EnglishReader(app));
        _ = await TitleOnItemPageAsync(editor);

        await RenameBehindTheAppsBackAsync(app);

        Assert.Equal(HiddenTitle, await TitleOnItemPageAsync(editor));
    }

    [Fact]
    public async Task Languages_AreCachedApart()
    {
        await using var app = new JapanAiGovFactory();
        var english = EnglishReader(app);
        var japanese = app.CreateClient();
        japanese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");

        var inEnglish = await english.GetDocumentAsync("/");
        var inJapanese = await japanese.GetDocumentAsync("/");

        Assert.Equal("en", inEnglish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", inJapanese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", (await japanese.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await english.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Disabled_EveryVisitRunsThePage()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        var reader = EnglishReader(app);
        _ = await TitleOnItemPageAsync(reader);

        await RenameBehindTheAppsBackAsync(app);

        Assert.Equal(HiddenTitle, await TitleOnItemPageAsync(reader));
    }

    [Fact]
    public async Task Disabled_StatusCards_FollowEveryWriteThroughTheApp()
    {
        // Without the output cache the status counts are still read once per content generation (GenerationMemo).
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        var reader = EnglishReader(app);
        var confirmed = await CountOnCardAsync(reader, "status-confirmed");
        var reported = await CountOnCardAsync(reader, "status-reported");

        await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).ExecuteUpdateAsync(s => s.SetProperty(i => i.Topic, "Renamed topic")));
        var behindTheBack = await reader.GetDocumentAsync("/");
        await app.ChangeStatusAsync(Slug, JapanAiGov.Web.Items.ItemStatus.Confirmed);
        var afterTheWrite = await reader.GetDocumentAsync("/");

        Assert.DoesNotContain(behindTheBack.QuerySelectorAll("select[name=topic] option"), o => o.TextContent == "Renamed topic");
        Assert.Contains(afterTheWrite.QuerySelectorAll("select[name=topic] option"), o => o.TextContent == "Renamed topic");
        Assert.Equal(confirmed + 1, await CountOnCardAsync(reader, "status-confirmed"));
        Assert.Equal(reported - 1, await CountOnCardAsync(reader, "status-reported"));
        Assert.Equal("Confirmed", await StatusOnDashboardAsync(reader));
    }

    [Fact]
    public async Task Disabled_SearchRunAgainAfterAWrite_FindsTheNewText()
    {
        // Search results are kept per content generation (SearchResultsMemo): a write through the app must end them.
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        var reader = EnglishReader(app);
        var before = await reader.GetDocumentAsync("/?q=zebracorn");
        var secondPage = await reader.GetDocumentAsync("/?q=zebracorn&page=2");

        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == Slug);
            item.Title += " (zebracorn)";
            await db.SaveChangesAsync();
        });
        var after = await reader.GetDocumentAsync("/?q=zebracorn");

        Assert.Empty(before.QuerySelectorAll("table.items tbody tr"));
        Assert.Empty(secondPage.QuerySelectorAll("table.items tbody tr"));
        var row = Assert.Single(after.QuerySelectorAll("table.items tbody tr"));
        Assert.NotNull(row.QuerySelector($"a[href$='/items/{Slug}']"));
    }

    [Fact]
    public async Task Disabled_ReadersInBothLanguagesDuringWrites_AllSeeTheFinalCountsAfterTheLastWrite()
    {
        // Pooled contexts and the counts kept per content generation, under readers in parallel with an editor's writes.
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        var english = EnglishReader(app);
        var japanese = app.CreateClient();
        japanese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        using var stop = new CancellationTokenSource();
        var readers = new[] { english, japanese, english, japanese }.Select(client => Task.Run(async () =>
        {
            var pages = 0;
            while (!stop.IsCancellationRequested || pages == 0)
            {
                using var response = await client.GetAsync("/");
                response.EnsureSuccessStatusCode();
                pages++;
            }

            return pages;
        })).ToList();

        foreach (var status in new[] { JapanAiGov.Web.Items.ItemStatus.Confirmed, JapanAiGov.Web.Items.ItemStatus.PendingMetiAnnex, JapanAiGov.Web.Items.ItemStatus.Confirmed })
        {
            await app.ChangeStatusAsync(Slug, status);
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), pages => Assert.True(pages > 0));
        var confirmed = await app.WithDbAsync(db => db.Items.CountAsync(i => i.Status == JapanAiGov.Web.Items.ItemStatus.Confirmed));
        var pending = await app.WithDbAsync(db => db.Items.CountAsync(i => i.Status == JapanAiGov.Web.Items.ItemStatus.PendingMetiAnnex));
        foreach (var client in new[] { english, japanese })
        {
            Assert.Equal(confirmed, await CountOnCardAsync(client, "status-confirmed"));
            Assert.Equal(pending, await CountOnCardAsync(client, "status-pending"));
        }
    }

    private static async Task<int> CountOnCardAsync(HttpClient client, string statusClass) =>
        int.Parse((await client.GetDocumentAsync("/")).QuerySelector($"a.count-card.{statusClass} .count-number")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    [PostgresFact]
    public async Task TwoInstancesOnPostgres_WriteOnOne_ShowsOnTheOtherAtItsNextSync()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new JapanAiGovFactory(database.Settings);
        await using var second = new JapanAiGovFactory(database.Settings);
        var readerOfSecond = EnglishReader(second);
        var sync = second.Services.GetServices<IHostedService>().OfType<ContentChangeSync>().Single();
        await sync.SyncOnceAsync(CancellationToken.None);
        Assert.Equal("Reported", await StatusOnDashboardAsync(readerOfSecond));

        await first.ChangeStatusAsync(Slug, JapanAiGov.Web.Items.ItemStatus.Confirmed);
        var staleUntilSync = await StatusOnDashboardAsync(readerOfSecond);
        var moved = await sync.SyncOnceAsync(CancellationToken.None);

        Assert.Equal("Reported", staleUntilSync);
        Assert.True(moved);
        Assert.Equal("Confirmed", await StatusOnDashboardAsync(readerOfSecond));
        Assert.False(await sync.SyncOnceAsync(CancellationToken.None));
    }
}
