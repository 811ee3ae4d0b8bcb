using System.Text.Json;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using MimeKit;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>One wording for dates: a scheduled enforcement date is never shown as an actual one, and alerts show the editor's effective date.</summary>
public sealed class DateWordingTests
{
    private const string PipaSlug = "pipa-amendment-ai-training";
    private static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScheduledEnforcement_IsMarkedScheduledInApiAtomPageAndMail()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await app.AddSubscriptionAsync("team@example.org");
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", PipaSlug, "20280101", new DateOnly(2026, 12, 1), null, Day.AddMinutes(1), scheduledEnforcement: new DateOnly(2028, 1, 1));
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", PipaSlug, "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), Day.AddMinutes(2));
        var client = app.CreateClient();

        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/changes"));
        var changes = api.RootElement.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "LegislativeUpdate").ToList();
        Assert.Equal(["2027-04-01", "2028-01-01"], changes.Select(c => c.GetProperty("enforcementDate").GetString()));
        Assert.Equal([false, true], changes.Select(c => c.GetProperty("enforcementDateScheduled").GetBoolean()));

        var atom = await client.GetStringAsync("/feeds/changes.atom");
        Assert.Contains("Scheduled to come into force: 2028-01-01", atom, StringComparison.Ordinal);
        Assert.Contains("In force from: 2027-04-01", atom, StringComparison.Ordinal);
        Assert.DoesNotContain("In force from: 2028-01-01", atom, StringComparison.Ordinal);

        foreach (var path in new[] { "/changes", "/items/" + PipaSlug })
        {
            var page = await client.GetStringAsync(path);
            Assert.Contains("Scheduled to come into force: 2028-01-01", page, StringComparison.Ordinal);
            Assert.Contains("In force from: 2027-04-01", page, StringComparison.Ordinal);
        }

        await app.DispatchAsync();
        var mails = PickupMessages(app);
        var scheduled = Assert.Single(mails, m => m.TextBody!.Contains("2028-01-01", StringComparison.Ordinal));
        Assert.Contains("Scheduled to come into force: 2028-01-01", scheduled.TextBody, StringComparison.Ordinal);
        Assert.Contains("Scheduled to come into force: 2028-01-01", scheduled.HtmlBody, StringComparison.Ordinal);
        var actual = Assert.Single(mails, m => m.TextBody!.Contains("2027-04-01", StringComparison.Ordinal));
        Assert.Contains("In force from: 2027-04-01", actual.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusChangeAlertAndDigest_ShowTheEffectiveDateTheEditorRecorded()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        await app.AddSubscriptionAsync("now@example.org");
        await app.AddSubscriptionAsync("daily@example.org", cadence: JapanAiGov.Web.Alerts.AlertCadence.DailyDigest);
        await app.ChangeStatusAsync(PipaSlug, ItemStatus.Confirmed, app.Time.GetUtcNow(), new DateOnly(2027, 4, 1));

        await app.DispatchAsync();
        app.Time.Advance(TimeSpan.FromDays(1));
        await app.DispatchAsync();

        var mails = PickupMessages(app);
        var alert = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "now@example.org");
        var digest = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "daily@example.org");
        foreach (var mail in new[] { alert, digest })
        {
            Assert.Contains("Effective: 2027-04-01", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Effective: 2027-04-01", mail.HtmlBody, StringComparison.Ordinal);
        }
    }

    private static List<MimeMessage> PickupMessages(JapanAiGovFactory app) =>
        Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
}
