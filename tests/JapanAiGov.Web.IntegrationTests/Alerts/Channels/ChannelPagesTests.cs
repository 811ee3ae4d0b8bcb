using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Alerts.Channels;

/// <summary>/admin/channels as an admin uses it: add (secret once), masked URL, Send test, Disable, Redeliver, the log.</summary>
public sealed class ChannelPagesTests
{
    private static readonly Dictionary<string, string?> ByHand = new() { ["Alerts:DispatcherEnabled"] = "false" };

    [Fact]
    public async Task AddWebhook_ShowsTheSecretOnce_AndTheDetailsPageMasksTheUrl()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        using var added = await admin.PostFormAsync("/admin/channels", new()
        {
            ["Input.Kind"] = "webhook",
            ["Input.Url"] = receiver.Url("hooks/SECRETPATH"),
            ["Input.Name"] = "<b>Legal</b> team",
            ["Input.Language"] = "ja",
        });
        var page = await added.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.StartsWith("whsec_", page.QuerySelector(".signing-secret")!.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.ChannelDestinations.Select(d => d.Id).SingleAsync());
        var list = await admin.GetDocumentAsync("/admin/channels");
        Assert.Null(list.QuerySelector(".signing-secret"));
        Assert.Contains("<b>Legal</b> team", list.QuerySelector("table.destinations")!.TextContent, StringComparison.Ordinal);
        var details = await admin.GetDocumentAsync($"/admin/channels/{id}");
        Assert.DoesNotContain("SECRETPATH", details.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains(receiver.BaseUrl.Authority, details.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTest_ToTeams202_SaysAcceptedCheckTheChannel_AndTheLogShowsIt()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        var (id, _) = await ChannelDeliveryTests.AddAsync(app, "teams", receiver.Url("flow"));
        receiver.AlwaysAnswer("flow", 202);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        using var tested = await admin.PostFormAsync($"/admin/channels/{id}", [], "form[action*='handler=Test']");
        Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        var page = await admin.GetDocumentAsync(tested.Headers.Location!.ToString());

        Assert.Contains("Accepted — check the channel", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var request = Assert.Single(receiver.To("flow"));
        Assert.Contains("\"type\":\"message\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("202", page.QuerySelector("table.delivery-log")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_StopsNewDeliveries_RedeliverSendsASentOneAgainWithTheSameId()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        var (id, _) = await ChannelDeliveryTests.AddAsync(app, "webhook", receiver.Url("hook"));
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();
        var delivery = Assert.Single(await app.DeliveriesAsync());

        using var redeliver = await admin.PostFormAsync($"/admin/channels/{id}", [], $"form[action*='handler=Redeliver'][action*='deliveryId={delivery.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, redeliver.StatusCode);
        await app.DispatchAsync();
        var hooks = receiver.To("hook");
        Assert.Equal(2, hooks.Count);
        Assert.Equal(hooks[0].Headers["webhook-id"], hooks[1].Headers["webhook-id"]);

        using var disable = await admin.PostFormAsync($"/admin/channels/{id}", [], "form[action*='handler=Disable']");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.PendingMetiAnnex, "Deferred to METI annexes.", null);
        await app.DispatchAsync();

        Assert.Single(await app.DeliveriesAsync());
        Assert.Equal(2, receiver.To("hook").Count);
        Assert.Contains("Disabled", (await admin.GetDocumentAsync($"/admin/channels/{id}")).QuerySelector(".destination-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsPage_Editor_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await editor.GetAsync("/admin/channels");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
