using System.Xml.Linq;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

public sealed class FeedAndCalendarTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task AtomUpdated_KeepsSubSecondPrecision_SoEntriesInOneSecondStayOrdered()
    {
        await using var app = new JapanAiGovFactory();
        var second = new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
        var first = second.AddMilliseconds(123);
        var later = second.AddMilliseconds(875);
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, first);
        await app.ChangeStatusAsync("profit-based-penalties", ItemStatus.PendingMetiAnnex, later);

        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync("/feeds/changes.atom"));

        var updated = feed.Root!.Elements(Atom + "entry").Take(2).Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([later, first], updated);
        Assert.Equal(later, DateTimeOffset.Parse(feed.Root.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first, DateTimeOffset.Parse(feed.Root.Elements(Atom + "entry").ElementAt(1).Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CalendarDescription_HasNoCharactersParsersShowEscaped()
    {
        await using var app = new JapanAiGovFactory();

        var ics = await app.CreateClient().GetStringAsync("/calendar.ics");

        var description = ics.Split("\r\n").Single(l => l.StartsWith("X-WR-CALDESC:", StringComparison.Ordinal));
        Assert.True(description.Length > "X-WR-CALDESC:".Length + 20, description);
        Assert.DoesNotContain('\\', description);
        Assert.DoesNotContain(',', description);
        Assert.DoesNotContain(';', description);
    }
}
