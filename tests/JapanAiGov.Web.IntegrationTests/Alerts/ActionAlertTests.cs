using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>An action-level change alerted by email over loopback SMTP, in each subscriber's language, to those who follow it.</summary>
public sealed class ActionAlertTests
{
    [Fact]
    public async Task ActionChange_ReachesSubscribersFollowingActions_InTheirLanguage_WithItsReason()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("both@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PipaSlug);
        await app.AddSubscriptionAsync("ja@example.org", language: "ja");
        await app.AddSubscriptionAsync("action@example.org", follows: AlertFollows.Action);
        await app.AddSubscriptionAsync("status@example.org", follows: AlertFollows.Status);

        await app.ChangeActionAsync(AlertTestExtensions.PipaSlug, new ActionRequest(
            ActionLevel.Prepare,
            "The e-Gov text is out: draft the consent changes.",
            "e-Govに本文が掲載されました。同意に関する変更案を準備してください。",
            "The criteria for low-risk research are published.",
            "「低リスクの研究」の基準が公表されること。"));
        var result = await app.DispatchAsync();

        Assert.Equal(3, result.Sent);
        Assert.Equal(["action@example.org", "both@example.org", "ja@example.org"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var english = Assert.Single(smtp.To("both@example.org"));
        Assert.Equal("[JapanAiGov] PIPA amendment: AI training on personal data without opt-in: action Monitor → Prepare", english.Subject);
        Assert.Contains("Action: Monitor → Prepare", english.TextOf(), StringComparison.Ordinal);
        Assert.Contains("Reason: The e-Gov text is out: draft the consent changes.", english.TextOf(), StringComparison.Ordinal);
        Assert.Contains("Would move it up: The criteria for low-risk research are published.", english.TextOf(), StringComparison.Ordinal);
        var japanese = Assert.Single(smtp.To("ja@example.org"));
        Assert.Contains("対応レベル 注視 → 準備", japanese.Subject, StringComparison.Ordinal);
        Assert.Contains("e-Govに本文が掲載されました。同意に関する変更案を準備してください。", japanese.TextOf(), StringComparison.Ordinal);
        Assert.Contains("引き上げの条件: 「低リスクの研究」の基準が公表されること。", japanese.TextOf(), StringComparison.Ordinal);

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var statusResult = await app.DispatchAsync();

        Assert.Equal(3, statusResult.Sent);
        Assert.DoesNotContain(smtp.To("action@example.org"), m => m.Subject!.Contains("Confirmed", StringComparison.Ordinal));
        Assert.Single(smtp.To("status@example.org"));
    }

    [Fact]
    public async Task DailyDigest_HoldsOnlyTheKindsOfChangeEachSubscriptionFollows()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("both@example.org", cadence: AlertCadence.DailyDigest);
        await app.AddSubscriptionAsync("status@example.org", cadence: AlertCadence.DailyDigest, follows: AlertFollows.Status);
        await app.AddSubscriptionAsync("action@example.org", cadence: AlertCadence.DailyDigest, follows: AlertFollows.Action);
        await app.AddSubscriptionAsync("nothing-today@example.org", SubscriptionScope.Item, itemSlug: AlertTestExtensions.PipaSlug, cadence: AlertCadence.DailyDigest, follows: AlertFollows.Action);

        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.ChangeActionAsync(AlertTestExtensions.PenaltiesSlug, new ActionRequest(ActionLevel.Prepare, "Penalty provisions are in the bill: budget for controls.", null));
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 6, 0, TimeSpan.Zero));

        Assert.Equal(3, (await app.DispatchAsync()).Sent);
        Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 2 changes", Assert.Single(smtp.To("both@example.org")).Subject);
        var status = Assert.Single(smtp.To("status@example.org"));
        Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 1 change", status.Subject);
        Assert.Contains("Reported → Confirmed", status.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action:", status.TextOf(), StringComparison.Ordinal);
        var action = Assert.Single(smtp.To("action@example.org"));
        Assert.Contains("Action: Monitor → Prepare", action.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("Reported → Confirmed", action.TextOf(), StringComparison.Ordinal);
        Assert.Empty(smtp.To("nothing-today@example.org"));
    }
}
