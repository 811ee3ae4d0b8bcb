using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Data.Postgres;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Data;

/// <summary>The scale-out store: the same app on a real PostgreSQL server.</summary>
public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Migrations_OnFreshPostgresDatabase_ApplyAllAndMatchTheModel()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new JapanAiGovFactory(database.Settings);

        await app.WithDbAsync(async db =>
        {
            Assert.IsType<PostgresAppDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes the PostgreSQL migrations do not capture.");
            Assert.Equal(4, await db.Items.CountAsync());
        });
    }

    /// <summary>Issue 26, point 9: every fresh start on PostgreSQL logged two errors from reading the history table before it existed.</summary>
    [PostgresFact]
    public async Task FirstStart_OnAnEmptyPostgresDatabase_LogsNoError()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new JapanAiGovFactory(database.Settings);

        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
        Assert.DoesNotContain(app.Logs.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [PostgresFact]
    public async Task FirstStart_ThreeInitializationsAtOnceOnAnEmptyServer_AllSucceedAndSeedOnce()
    {
        await using var database = PostgresDatabase.NotYetCreated();

        // Each creates the database if needed, migrates and seeds.
        await FirstStart.ThreeAtOnceAsync(() => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options));
    }

    [PostgresFact]
    public async Task StatusChange_OnPostgres_CommitsAndShowsOnDashboard()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new JapanAiGovFactory(database.Settings);
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/pipa-amendment-ai-training/status", new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment was promulgated and its text is on e-Gov.",
            ["Input.EvidenceUrl"] = "https://laws.e-gov.go.jp/law/415AC0000000057",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dashboard = await client.GetDocumentAsync("/?status=Confirmed");
        Assert.Equal(2, dashboard.QuerySelectorAll("table.items tbody tr").Length);
        Assert.Equal(ItemStatus.Confirmed, (await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == "pipa-amendment-ai-training"))).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AlertEvents.CountAsync()));
    }

    [PostgresFact]
    public async Task TwoInstances_SharingTheDatabase_AcceptEachOthersSignInCookies()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new JapanAiGovFactory(database.Settings);
        await using var second = new JapanAiGovFactory(database.Settings);
        var signedIn = await first.CreateSignedInClientAsync(Roles.Editor);
        var cookie = string.Join("; ", (await signedIn.GetAsync("/admin")).RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : []);
        var onSecond = second.CreateBrowserLikeClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/items");

        using var before = await onSecond.GetAsync("/admin/items");
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        request.Headers.Add("Cookie", cookie);
        using var response = await onSecond.SendAsync(request);

        Assert.False(string.IsNullOrEmpty(cookie));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
