using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentAlertTests
{
    private const string HighImpactSlug = "high-impact-frontier-models";

    [Fact]
    public async Task Confirm_AlertsTheItemsTopicsAndAllItemsSubscribers_AndTheDigest_ButAMatchAloneAlertsNobody()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var egov = await FakePublicCommentServer.StartAsync();
        egov.SetConsultations(Feed(MetiHighImpact, PipaLowRisk));
        egov.SetResults(ResultsFeed());
        var settings = smtp.Settings();
        settings["Alerts:DispatcherEnabled"] = "false";
        foreach (var (key, value) in egov.Settings())
        {
            settings[key] = value;
        }

        await using var app = new JapanAiGovFactory(settings);
        await app.AddSubscriptionAsync("all@example.org");
        await app.AddSubscriptionAsync("item@example.org", SubscriptionScope.Item, itemSlug: HighImpactSlug);
        await app.AddSubscriptionAsync("topic@example.org", SubscriptionScope.Topic, topic: "frontier-models");
        await app.AddSubscriptionAsync("pipa@example.org", SubscriptionScope.Item, itemSlug: "pipa-amendment-ai-training");
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest);

        // Matching puts cases in the inbox; it tells no subscriber anything.
        await app.WatchPublicCommentsAsync();
        Assert.Equal(0, (await app.DispatchAsync()).Sent);
        Assert.Empty(smtp.Messages);

        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        await editor.PostFormAsync($"/admin/legislation/public-comments/{MetiHighImpactId}", [], "form[action*='handler=confirm']");
        var alert = await app.WithDbAsync(db => db.AlertEvents.AsNoTracking().SingleAsync());
        Assert.Equal(AlertEventKind.PublicComment, alert.Kind);
        Assert.Equal(await app.WithDbAsync(db => db.PublicCommentMatches.Where(m => m.Case!.CaseId == MetiHighImpactId).Select(m => m.Id).SingleAsync()), alert.PublicCommentMatchId);

        Assert.Equal(3, (await app.DispatchAsync()).Sent);
        Assert.Equal(["all@example.org", "item@example.org", "topic@example.org"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var message = Assert.Single(smtp.To("item@example.org"));
        Assert.StartsWith("[JapanAiGov] Public comment for \"High-impact\" tier for frontier models: 高影響AIモデルの判断基準", message.Subject, StringComparison.Ordinal);
        var text = message.TextOf();
        Assert.Contains("comments until 2026-12-25 00:00 JST", text, StringComparison.Ordinal);
        Assert.Contains("経済産業省商務情報政策局情報経済課", text, StringComparison.Ordinal);
        Assert.Contains($"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={MetiHighImpactId}&Mode=0", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost/items/high-impact-frontier-models", text, StringComparison.Ordinal);

        // The next morning (Japan) the digest carries it too.
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 6, 0, TimeSpan.Zero));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        var digest = Assert.Single(smtp.To("digest@example.org"));
        Assert.Contains("高影響AIモデルの判断基準", digest.TextOf(), StringComparison.Ordinal);
        Assert.Contains("comments until 2026-12-25 00:00 JST", digest.TextOf(), StringComparison.Ordinal);
    }
}
