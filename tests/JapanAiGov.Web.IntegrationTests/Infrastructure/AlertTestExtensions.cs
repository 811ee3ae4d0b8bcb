using System.Text.RegularExpressions;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>Shortcuts for alert tests: make subscriptions and status changes the way the app does, run dispatcher passes.</summary>
public static partial class AlertTestExtensions
{
    public const string PipaSlug = "pipa-amendment-ai-training";
    public const string PenaltiesSlug = "profit-based-penalties";
    public const string OfficialEvidence = "https://www.ppc.go.jp/en/legal/";

    /// <summary>The app sending to <paramref name="smtp"/>, its background dispatcher off (tests run passes by hand).</summary>
    public static JapanAiGovFactory CreateAppWithoutDispatcher(this LoopbackSmtpServer smtp, Dictionary<string, string?>? extra = null)
    {
        var settings = smtp.Settings();
        settings["Alerts:DispatcherEnabled"] = "false";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new JapanAiGovFactory(settings);
    }

    /// <summary>Runs one dispatcher pass in a fresh scope, as the background service would.</summary>
    public static async Task<DispatchResult> DispatchAsync(this JapanAiGovFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>Only the fan-out step: queues deliveries for new events without sending them.</summary>
    public static async Task<int> FanOutAsync(this JapanAiGovFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertFanOut>().RunAsync(CancellationToken.None);
    }

    /// <summary>A confirmed subscription, created directly; returns its id and raw unsubscribe token.</summary>
    public static async Task<(long Id, string UnsubscribeToken)> AddSubscriptionAsync(
        this JapanAiGovFactory app,
        string email,
        SubscriptionScope scope = SubscriptionScope.AllItems,
        string? itemSlug = null,
        string? topic = null,
        AlertCadence cadence = AlertCadence.Immediate,
        bool confirmed = true,
        bool unsubscribed = false,
        string language = "en",
        AlertFollows follows = AlertFollows.Both)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = services.ServiceProvider.GetRequiredService<AlertTokenProtector>();
        int? itemId = itemSlug is null ? null : await db.Items.Where(i => i.Slug == itemSlug).Select(i => i.Id).SingleAsync();
        var token = AlertTokens.Create();
        var now = app.Time.GetUtcNow();
        var subscription = new Subscription
        {
            Email = email,
            Scope = scope,
            ItemId = itemId,
            Topic = topic,
            ScopeKey = Subscription.KeyFor(scope, itemId, topic),
            Cadence = cadence,
            Follows = follows,
            Language = language,
            CreatedAt = now,
            ConfirmedAt = confirmed ? now : null,
            UnsubscribedAt = unsubscribed ? now : null,
            UnsubscribeTokenHash = AlertTokens.Hash(token),
            UnsubscribeTokenProtected = protector.Protect(token),
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return (subscription.Id, token);
    }

    /// <summary>What the editor's status-change page does: item, history row and alert event in one SaveChanges, then the signal.</summary>
    public static async Task<long> ChangeStatusAsync(this JapanAiGovFactory app, string slug, ItemStatus status, string reason = "The Cabinet Office published the official text.", string? evidence = OfficialEvidence)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.Items.SingleAsync(i => i.Slug == slug);
        var now = app.Time.GetUtcNow();
        var change = item.ChangeStatus(status, reason, evidence, null, "Test editor", null, now);
        var alertEvent = AlertEvent.For(change);
        db.AlertEvents.Add(alertEvent);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<WakeUpSignal<AlertDispatcher>>().Notify();
        return alertEvent.Id;
    }

    /// <summary>What the editor's action page does: item, history row and alert event in one SaveChanges, then the signal.</summary>
    public static async Task<long> ChangeActionAsync(this JapanAiGovFactory app, string slug, ActionRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.Items.SingleAsync(i => i.Slug == slug);
        var change = item.ChangeAction(request, "Test editor", null, app.Time.GetUtcNow());
        var alertEvent = AlertEvent.For(change);
        db.AlertEvents.Add(alertEvent);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<WakeUpSignal<AlertDispatcher>>().Notify();
        return alertEvent.Id;
    }

    public static Task<List<Delivery>> DeliveriesAsync(this JapanAiGovFactory app) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    public static string TextOf(this MimeMessage message) => message.TextBody ?? string.Empty;

    public static string ConfirmPath(this MimeMessage message) => "/alerts/confirm/" + ConfirmLink().Match(message.TextOf()).Groups[1].Value;

    public static string UnsubscribePath(this MimeMessage message)
    {
        var header = message.Headers["List-Unsubscribe"] ?? string.Empty;
        return new Uri(header.Trim('<', '>')).AbsolutePath;
    }

    [GeneratedRegex(@"/alerts/confirm/([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
