using System.Net;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class CalendarTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CalendarIcs_ParsesWithPromulgationEnforcementAndEffectiveDates()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), Day);
        await app.AddLegislativeUpdateAsync("507CO0000000281", "人工知能戦略本部令", itemSlug: null, "20280101", new DateOnly(2027, 6, 1), null, Day, scheduledEnforcement: new DateOnly(2028, 1, 1));
        var change = await app.ChangeStatusAsync("high-impact-frontier-models", ItemStatus.Confirmed, Day.AddHours(1), new DateOnly(2027, 7, 1));

        using var response = await app.CreateClient().GetAsync("/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        var events = calendar.Events.ToDictionary(e => e.Uid!);
        Assert.Equal(5, events.Count);
        var promulgation = events["415AC0000000057_20270401_000000000000000-promulgation@japanaigov"];
        Assert.Equal(new DateOnly(2026, 12, 1), promulgation.DtStart!.Date);
        Assert.False(promulgation.DtStart.HasTime);
        Assert.Contains("個人情報の保護に関する法律", promulgation.Summary, StringComparison.Ordinal);
        Assert.Equal(new Uri("http://localhost/items/pipa-amendment-ai-training"), promulgation.Url);
        Assert.Equal(new DateOnly(2027, 4, 1), events["415AC0000000057_20270401_000000000000000-enforcement@japanaigov"].DtStart!.Date);
        var scheduled = events["507CO0000000281_20280101_000000000000000-enforcement@japanaigov"];
        Assert.Equal(new DateOnly(2028, 1, 1), scheduled.DtStart!.Date);
        Assert.Contains("scheduled", scheduled.Summary, StringComparison.Ordinal);
        Assert.Null(scheduled.Url);
        var effective = events[$"status-change-{change}-effective@japanaigov"];
        Assert.Equal(new DateOnly(2027, 7, 1), effective.DtStart!.Date);
        Assert.Contains("\"High-impact\" tier", effective.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarIcs_UidsAndBytes_StayTheSameAcrossRequestsAndNewEvents()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 1), Day);
        var client = app.CreateClient();

        var first = await client.GetStringAsync("/calendar.ics");
        app.Time.Advance(TimeSpan.FromHours(3));
        var second = await client.GetStringAsync("/calendar.ics");
        Assert.Equal(first, second);

        await app.ChangeStatusAsync("ai-promotion-act", ItemStatus.PendingMetiAnnex, Day.AddHours(4), new DateOnly(2027, 1, 15));
        var third = await client.GetStringAsync("/calendar.ics");

        var before = Ical.Net.Calendar.Load(first)!.Events.ToDictionary(e => e.Uid!, e => (e.DtStart!.Date, e.DtStamp!.AsUtc, e.Summary));
        var after = Ical.Net.Calendar.Load(third)!.Events.ToDictionary(e => e.Uid!, e => (e.DtStart!.Date, e.DtStamp!.AsUtc, e.Summary));
        Assert.Equal(2, before.Count);
        Assert.Equal(3, after.Count);
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }

    [Fact]
    public async Task CalendarIcs_WithMatchingETag_Answers304()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        using var first = await client.GetAsync("/calendar.ics");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/calendar.ics");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task CalendarIcs_OnFreshDatabase_IsAValidEmptyCalendar()
    {
        await using var app = new JapanAiGovFactory();
        var text = await app.CreateClient().GetStringAsync("/calendar.ics");

        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Empty(calendar.Events);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:JapanAiGov", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarPage_SplitsUpcomingAndPastAndLinksTheIcsFeed()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20270401", new DateOnly(2026, 6, 1), new DateOnly(2027, 4, 1), Day);

        var document = await app.CreateClient().GetDocumentAsync("/calendar");

        var tables = document.QuerySelectorAll("table.calendar-table");
        Assert.Equal(2, tables.Length);
        Assert.Contains("2027-04-01", tables[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-06-01", tables[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='webcal://localhost/calendar.ics']"));
        Assert.NotNull(document.Head!.QuerySelector("link[rel=alternate][type='text/calendar'][href='/calendar.ics']"));
        Assert.NotNull(document.QuerySelector("nav a[href='/calendar']"));
    }
}
