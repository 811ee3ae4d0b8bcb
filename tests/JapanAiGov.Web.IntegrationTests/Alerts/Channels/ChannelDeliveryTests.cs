using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardWebhooks;

namespace JapanAiGov.Web.IntegrationTests.Alerts.Channels;

/// <summary>
/// Issue 22's "done": a status change reaches a signed webhook (retried to success after failures, with one id), a
/// Slack and a Teams destination exactly once each, all through the email outbox, against a real loopback receiver.
/// </summary>
public sealed partial class ChannelDeliveryTests
{
    private static readonly Dictionary<string, string?> ByHand = new() { ["Alerts:DispatcherEnabled"] = "false" };

    [Fact]
    public async Task StatusChange_ReachesSignedWebhookRetriedWithOneId_AndSlackAndTeamsExactlyOnce()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        var (_, secret) = await AddAsync(app, "webhook", receiver.Url("hook"), "--name", "Compliance bot");
        await AddAsync(app, "slack", receiver.Url("slack"), "--language", "ja");
        await AddAsync(app, "teams", receiver.Url("teams"), "--item", AlertTestExtensions.PipaSlug);
        receiver.Script("hook", new LoopbackReceiver.Answer(500), new LoopbackReceiver.Answer(429, RetryAfterSeconds: 600));

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();
        app.Time.Advance(TimeSpan.FromSeconds(31));
        await app.DispatchAsync();
        Assert.Equal(2, receiver.To("hook").Count);

        // 429 with Retry-After: 600 holds the next attempt back that long, though the backoff alone would allow it sooner.
        app.Time.Advance(TimeSpan.FromSeconds(300));
        await app.DispatchAsync();
        Assert.Equal(2, receiver.To("hook").Count);
        app.Time.Advance(TimeSpan.FromSeconds(301));
        await app.DispatchAsync();
        await app.DispatchAsync();

        var hooks = receiver.To("hook");
        Assert.Equal(3, hooks.Count);
        Assert.Single(hooks.Select(h => h.Headers["webhook-id"]).Distinct());
        foreach (var hook in hooks)
        {
            var timestamp = long.Parse(hook.Headers["webhook-timestamp"], CultureInfo.InvariantCulture);
            Assert.Equal(new StandardWebhook(secret!).Sign(hook.Headers["webhook-id"], DateTimeOffset.FromUnixTimeSeconds(timestamp), hook.Body), hook.Headers["webhook-signature"]);
        }

        using var payload = JsonDocument.Parse(hooks[^1].Body);
        Assert.Equal("item.status_changed", payload.RootElement.GetProperty("type").GetString());
        var data = payload.RootElement.GetProperty("data");
        Assert.Equal(AlertTestExtensions.PipaSlug, data.GetProperty("item").GetProperty("slug").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("item").GetProperty("title").GetProperty("ja").GetString()));
        Assert.Equal("Reported", data.GetProperty("from").GetString());
        Assert.Equal("Confirmed", data.GetProperty("to").GetString());
        Assert.Equal(AlertTestExtensions.OfficialEvidence, data.GetProperty("evidence_url").GetString());
        Assert.Equal($"http://localhost/items/{AlertTestExtensions.PipaSlug}", data.GetProperty("item").GetProperty("url").GetString());

        var slack = Assert.Single(receiver.To("slack"));
        using (var slackBody = JsonDocument.Parse(slack.Body))
        {
            Assert.Contains("確認済み", slackBody.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("header", slackBody.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
        }

        var teams = Assert.Single(receiver.To("teams"));
        Assert.Contains("application/vnd.microsoft.card.adaptive", teams.Body, StringComparison.Ordinal);
        Assert.All(await app.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        var log = await app.WithDbAsync(db => db.ChannelDeliveryAttempts.OrderBy(a => a.Id).Where(a => a.Outcome != "sent" || a.StatusCode == 200).Select(a => new { a.StatusCode, a.Attempt, a.Answer }).ToListAsync());
        Assert.Contains(log, a => a.StatusCode == 500 && a.Attempt == 1 && a.Answer == "error 500");
        Assert.Contains(log, a => a.StatusCode == 429 && a.Attempt == 2);
    }

    [Fact]
    public async Task Gone_DisablesTheDestinationAndTellsTheAdmins_AndItGetsNoMoreDeliveries()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        await app.CreateAccountAsync("boss@example.org", JapanAiGov.Web.Accounts.Roles.Admin);
        var (id, _) = await AddAsync(app, "slack", receiver.Url("removed"));
        receiver.AlwaysAnswer("removed", 410);

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();

        var destination = await app.WithDbAsync(db => db.ChannelDestinations.SingleAsync(d => d.Id == id));
        Assert.False(destination.Enabled);
        Assert.Contains("410", destination.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Dead, Assert.Single(await app.DeliveriesAsync()).Status);
        var mail = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail")).Select(File.ReadAllText).ToList();
        Assert.Contains(mail, m => m.Contains("boss@example.org", StringComparison.Ordinal) && m.Contains("was disabled", StringComparison.Ordinal));
        Assert.DoesNotContain(mail, m => m.Contains("/removed", StringComparison.Ordinal));

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.PendingMetiAnnex, "Deferred to METI annexes.", null);
        await app.DispatchAsync();
        Assert.Single(await app.DeliveriesAsync());
        Assert.Single(receiver.To("removed"));
    }

    [Fact]
    public async Task TimeoutAndClientError_TimeoutIsRetried_Other4xxIsPermanent()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var settings = new Dictionary<string, string?>(ByHand) { ["Channels:Timeout"] = "00:00:01" };
        await using var app = new JapanAiGovFactory(settings);
        await AddAsync(app, "webhook", receiver.Url("slow"));
        await AddAsync(app, "teams", receiver.Url("bad"));
        receiver.Script("slow", LoopbackReceiver.Answer.Hanging);
        receiver.AlwaysAnswer("bad", 400);

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();

        var deliveries = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().Include(d => d.Subscription).ToListAsync());
        var slow = deliveries.Single(d => d.Channel == AlertChannel.Webhook);
        Assert.Equal(DeliveryStatus.Pending, slow.Status);
        Assert.StartsWith("timeout", slow.LastError, StringComparison.Ordinal);
        var bad = deliveries.Single(d => d.Channel == AlertChannel.Teams);
        Assert.Equal(DeliveryStatus.Dead, bad.Status);
        Assert.StartsWith("HTTP 400", bad.LastError, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DispatchAsync();
        Assert.Equal(DeliveryStatus.Sent, (await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.Id == slow.Id))).Status);
    }

    [Fact]
    public async Task PrivateNetworksNotAllowed_LoopbackNamesAndAddressesAreRefused_AtCreationAndAtSendTime()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var settings = new Dictionary<string, string?>(ByHand) { ["Channels:AllowPrivateNetworks"] = "false" };
        await using var app = new JapanAiGovFactory(settings);

        foreach (var url in new[] { "https://localhost/hook", "https://[::ffff:127.0.0.1]/hook", "https://127.0.0.1/hook", "https://169.254.169.254/latest" })
        {
            var (code, _, error) = await RunAsync(app, "channels", "add", "--kind", "webhook", "--url", url);
            Assert.Equal(1, code);
            Assert.Contains("loopback, private", error, StringComparison.Ordinal);
        }

        var (httpCode, _, httpError) = await RunAsync(app, "channels", "add", "--kind", "slack", "--url", receiver.Url("plain"));
        Assert.Equal(1, httpCode);
        Assert.Contains("https://", httpError, StringComparison.Ordinal);
        var (officeCode, _, officeError) = await RunAsync(app, "channels", "add", "--kind", "teams", "--url", "https://contoso.webhook.office.com/webhookb2/x");
        Assert.Equal(1, officeCode);
        Assert.Contains("Workflows", officeError, StringComparison.Ordinal);

        // A destination whose name later resolves to loopback (as if its DNS changed): the send is refused on connect.
        await PlantDestinationAsync(app, receiver.Url("hook"));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();

        var delivery = Assert.Single(await app.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Dead, delivery.Status);
        Assert.StartsWith("refused", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Commands_ListShowsMaskedUrls_RemoveEndsTheDestination()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var app = new JapanAiGovFactory(ByHand);
        var (id, secret) = await AddAsync(app, "webhook", receiver.Url("services/T000/B000/SECRETPART"), "--topic", "privacy");
        Assert.Matches("^whsec_[A-Za-z0-9+/=]{40,}$", secret);

        var (_, list, _) = await RunAsync(app, "channels", "list");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{id}\tWebhook\tenabled"), list, StringComparison.Ordinal);
        Assert.Contains("topic:privacy", list, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETPART", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, list, StringComparison.Ordinal);

        var (code, removed, _) = await RunAsync(app, "channels", "remove", id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, code);
        Assert.Contains("Removed", removed, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ChannelDestinations.AnyAsync()));
        Assert.True(await app.WithDbAsync(db => db.Subscriptions.AllAsync(s => s.UnsubscribedAt != null)));
        Assert.Equal(1, (await RunAsync(app, "channels", "remove", id.ToString(CultureInfo.InvariantCulture))).Code);
    }

    /// <summary><c>channels add --kind K --url U ...</c>; returns the new id and a webhook's secret.</summary>
    internal static async Task<(long Id, string? Secret)> AddAsync(JapanAiGovFactory app, string kind, string url, params string[] more)
    {
        var (code, output, error) = await RunAsync(app, ["channels", "add", "--kind", kind, "--url", url, .. more]);
        Assert.True(code == 0, error);
        var id = long.Parse(CreatedId().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var secret = SecretLine().Match(output) is { Success: true } match ? match.Groups[1].Value : null;
        return (id, secret);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(JapanAiGovFactory app, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A destination written straight to the database, past the creation checks.</summary>
    private static async Task PlantDestinationAsync(JapanAiGovFactory app, string url)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var secrets = scope.ServiceProvider.GetRequiredService<DestinationSecrets>();
        var tokens = scope.ServiceProvider.GetRequiredService<AlertTokenProtector>();
        var now = app.Time.GetUtcNow();
        var token = AlertTokens.Create();
        await app.WithDbAsync(async db =>
        {
            db.ChannelDestinations.Add(new ChannelDestination
            {
                Kind = AlertChannel.Webhook,
                Name = "planted",
                UrlProtected = secrets.Protect(url),
                UrlDisplay = DestinationUrl.Mask(new Uri(url)),
                SecretProtected = secrets.Protect(WebhookSigning.NewSecret()),
                CreatedAt = now,
                CreatedBy = "test",
                Subscription = new Subscription
                {
                    Email = "channel:planted", Channel = AlertChannel.Webhook, ScopeKey = "all", Cadence = AlertCadence.Immediate,
                    CreatedAt = now, ConfirmedAt = now, UnsubscribeTokenHash = AlertTokens.Hash(token), UnsubscribeTokenProtected = tokens.Protect(token),
                },
            });
            await db.SaveChangesAsync();
        });
    }

    [GeneratedRegex(@"destination (\d+) ")]
    private static partial Regex CreatedId();

    [GeneratedRegex(@"Signing secret \(shown only now\): (\S+)")]
    private static partial Regex SecretLine();
}
