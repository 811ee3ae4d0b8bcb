using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Diet;

/// <summary>The promulgation dates of Diet bills confirmed for an item (one entry per bill; UIDs from the bill's key and stamps from when it was first seen, so a pass that finds nothing new leaves the calendar's bytes alone).</summary>
public sealed class DietBillCalendar(AppDbContext db) : ICalendarSource
{
    private static readonly ResourceText Text = new(typeof(DietBillCalendar));

    public async Task<IReadOnlyList<CalendarEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        var japanese = AppCultures.IsJapanese();
        var confirmed = await db.DietBillMatches.AsNoTracking()
            .Where(m => m.State == DietBillMatchState.Confirmed && m.Bill!.Stage == DietBillStage.Promulgated)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Bill!.Kind, m.Bill.Session, m.Bill.Number, m.Bill.Title, m.Bill.FactsJson, m.Bill.ProgressUrl, m.Bill.FirstSeenAt, m.Item!.Slug, Title1 = m.Item.Title, m.Item.TitleJa })
            .ToListAsync(cancellationToken);

        var entries = new List<CalendarEntry>();
        foreach (var byBill in confirmed.GroupBy(c => (c.Kind, c.Session, c.Number)))
        {
            var c = byBill.First();
            var bill = new DietBill { Kind = c.Kind, Session = c.Session, Number = c.Number, Title = c.Title, FactsJson = c.FactsJson };
            if (!DietPromulgation.TryRead(bill.FactsByLabel, out var on, out var number))
            {
                continue;
            }

            var items = string.Join(", ", byBill.Select(x => Bilingual.Pick(x.Title1, x.TitleJa, japanese).Text));
            var itemTitle = Bilingual.Pick(c.Title1, c.TitleJa, japanese).Text;
            entries.Add(new CalendarEntry(
                $"diet-bill-{bill.Key}-promulgation{ItemCalendar.UidDomain}",
                on,
                CalendarEntryKind.Promulgation,
                Text.Format("Summary", c.Title),
                $"{Text.Format("Text", bill.Key, DietLawNumber.Format(on, number))}\n{c.ProgressUrl}\n{Text.Format("TrackedItems", items)}",
                c.Slug,
                itemTitle,
                null,
                IsScheduled: false,
                c.FirstSeenAt));
        }

        return entries;
    }
}
