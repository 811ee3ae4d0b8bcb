using System.Net;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Data;

/// <summary>
/// Issue 26, point 7: on a full disk an editor's save answered a generic 500, /health/ready stayed healthy, and the
/// alert sender's batch stayed leased for a minute after the disk had room again. The disk is <see cref="FullDisk"/>:
/// every write fails with SQLite's own SQLITE_FULL while reads go on.
/// </summary>
public sealed class FullDiskTests
{
    private const string Slug = AlertTestExtensions.PenaltiesSlug;

    [Fact]
    public async Task EditorSave_OnAFullDisk_SaysNothingWasSavedAndWhy_AndNothingWas_ThenSavesOnceThereIsRoom()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync();
        var form = await editor.OpenFormAsync($"/admin/items/{Slug}/status");
        var fields = new Dictionary<string, string>
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The penalty provisions are in the promulgated text.",
            ["Input.EvidenceUrl"] = AlertTestExtensions.OfficialEvidence,
        };

        app.Disk.Fill();
        using var refused = await editor.SubmitAsync(form, fields);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Nothing was saved", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("storage is full", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(app.Disk.Refused > 0);
        Assert.Equal(ItemStatus.Reported, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.StatusChanges.CountAsync(c => c.ToStatus == ItemStatus.Confirmed && c.Item!.Slug == Slug)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertEvents.CountAsync()));

        app.Disk.Free();
        using var saved = await editor.SubmitAsync(form, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ItemStatus.Confirmed, await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Slug).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task EditorSave_OnAFullDisk_InJapanese_SaysSoInJapanese()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        var form = await editor.OpenFormAsync($"/admin/items/{Slug}/status");

        app.Disk.Fill();
        using var refused = await editor.SubmitAsync(form, new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "公布された法律に罰則規定が含まれています。",
            ["Input.EvidenceUrl"] = AlertTestExtensions.OfficialEvidence,
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("保存できませんでした", (await refused.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task HealthReady_WhenTheDatabaseCannotBeWritten_IsUnhealthy_AndHealthyAgainOnceItCan()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using (var before = await client.GetAsync("/health/ready"))
        {
            Assert.Equal("Healthy", await before.Content.ReadAsStringAsync());
        }

        app.Disk.Fill();
        using (var full = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
            Assert.Equal("Unhealthy", await full.Content.ReadAsStringAsync());
        }

        app.Disk.Free();
        using var after = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Healthy", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_WithLessFreeSpaceOnTheDatabasesDiskThanConfigured_IsDegraded()
    {
        // More than any test machine has free: the real free space of the real disk is below it.
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Database:MinFreeDiskMegabytes"] = "1000000000000" });
        using var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sender_WhoseDiskFillsMidBatch_GivesTheBatchBackAtTheNextPass_NotALeaseLater()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher(new() { ["Alerts:SmtpConnections"] = "1" });
        for (var i = 0; i < 3; i++)
        {
            await app.AddSubscriptionAsync($"analyst{i}@example.org");
        }

        await app.ChangeStatusAsync(Slug, ItemStatus.Confirmed);

        // The first email goes out; recording it as sent is the first write the full disk refuses, and so is giving
        // the rest of the batch back.
        app.Disk.FillOnWrite("'Sent'");
        await Assert.ThrowsAnyAsync<Exception>(app.DispatchAsync);
        Assert.Single(smtp.Messages);
        Assert.Equal(3, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner != null)));

        // Room again, the same instant (the fake clock has not moved, so no lease has run out): all three go now.
        app.Disk.Free();
        var result = await app.DispatchAsync();

        Assert.Equal(3, result.Sent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status != DeliveryStatus.Sent)));

        // The one email whose outcome the full disk lost went twice: the documented bound of one per sender.
        Assert.Equal(4, smtp.Messages.Count);
        Assert.Equal(3, smtp.Messages.Select(m => m.To.ToString()).Distinct().Count());
    }
}
