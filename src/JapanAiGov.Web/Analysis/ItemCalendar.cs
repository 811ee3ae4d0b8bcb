using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The dates analysts plan around: promulgation and enforcement of every watched law's revisions (from e-Gov),
/// the effective dates editors record on status changes, and the comment deadlines and result dates of public-comment
/// cases confirmed for an item. Shown at /calendar and served as /calendar.ics.
/// </summary>
public sealed class ItemCalendar(AppDbContext db, IEnumerable<ICalendarSource> sources)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private static readonly ResourceText Text = new(typeof(ItemCalendar));
    public const string UidDomain = "@japanaigov";

    public async Task<IReadOnlyList<CalendarEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        var japanese = AppCultures.IsJapanese();
        var revisions = await (
            from r in db.LawRevisions.AsNoTracking()
            join l in db.WatchedLaws.AsNoTracking() on r.WatchedLawId equals l.Id
            join i in db.Items.AsNoTracking() on l.ItemId equals (int?)i.Id into linked
            from i in linked.DefaultIfEmpty()
            where r.PromulgationDate != null || r.EnforcementDate != null || r.ScheduledEnforcementDate != null
            select new
            {
                r.LawRevisionId,
                LawTitle = r.LawTitle ?? l.Title,
                l.LawId,
                r.AmendmentLawTitle,
                r.PromulgationDate,
                r.EnforcementDate,
                r.ScheduledEnforcementDate,
                r.FirstSeenAt,
                ItemSlug = i == null ? null : i.Slug,
                ItemTitleEn = i == null ? null : i.Title,
                ItemTitleJa = i == null ? null : i.TitleJa,
            })
            .ToListAsync(cancellationToken);

        var effective = await db.StatusChanges.AsNoTracking()
            .Where(c => c.EffectiveOn != null)
            .Select(c => new { c.Id, c.EffectiveOn, c.FromStatus, c.ToStatus, c.Reason, c.ChangedAt, c.Item!.Slug, TitleEn = c.Item.Title, c.Item.TitleJa })
            .ToListAsync(cancellationToken);

        var entries = new List<CalendarEntry>();
        foreach (var r in revisions)
        {
            var by = r.AmendmentLawTitle is null ? string.Empty : "By";
            var itemTitle = r.ItemTitleEn is null ? null : Bilingual.Pick(r.ItemTitleEn, r.ItemTitleJa ?? string.Empty, japanese).Text;
            var details = "\n" + Text.Format("Revision", r.LawRevisionId) + (itemTitle is null ? string.Empty : "\n" + Text.Format("TrackedItem", itemTitle));
            if (r.PromulgationDate is { } promulgated)
            {
                entries.Add(new CalendarEntry(
                    $"{r.LawRevisionId}-promulgation{UidDomain}",
                    promulgated,
                    CalendarEntryKind.Promulgation,
                    Text.Format("Promulgated.Summary", r.LawTitle),
                    Text.Format("Promulgated.Text" + by, r.LawTitle, r.LawId, r.AmendmentLawTitle) + details,
                    r.ItemSlug,
                    itemTitle,
                    r.LawId,
                    IsScheduled: false,
                    r.FirstSeenAt));
            }

            if ((r.EnforcementDate ?? r.ScheduledEnforcementDate) is { } enforced)
            {
                var scheduled = r.EnforcementDate is null;
                entries.Add(new CalendarEntry(
                    $"{r.LawRevisionId}-enforcement{UidDomain}",
                    enforced,
                    CalendarEntryKind.Enforcement,
                    Text.Format(scheduled ? "InForce.SummaryScheduled" : "InForce.Summary", r.LawTitle),
                    Text.Format((scheduled ? "InForce.TextScheduled" : "InForce.Text") + by, r.LawTitle, r.LawId, r.AmendmentLawTitle) + details,
                    r.ItemSlug,
                    itemTitle,
                    r.LawId,
                    scheduled,
                    r.FirstSeenAt));
            }
        }

        foreach (var c in effective)
        {
            var move = c.FromStatus is { } from ? $"{from.Label()} → {c.ToStatus.Label()}" : c.ToStatus.Label();
            var title = Bilingual.Pick(c.TitleEn, c.TitleJa, japanese).Text;
            entries.Add(new CalendarEntry(
                $"status-change-{c.Id.ToString(CultureInfo.InvariantCulture)}-effective{UidDomain}",
                c.EffectiveOn!.Value,
                CalendarEntryKind.StatusEffective,
                Text.Format("Effective.Summary", title, c.ToStatus.Label()),
                Text.Format("Effective.Text", move) + "\n" + c.Reason,
                c.Slug,
                title,
                null,
                IsScheduled: false,
                c.ChangedAt));
        }

        foreach (var source in sources)
        {
            entries.AddRange(await source.ReadAsync(cancellationToken));
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An RFC 5545 calendar of all-day events; the same entries always give the same bytes. Text is cleaned of what
    /// content lines cannot carry (control characters, lone surrogates), and any stored date is written, however far off.
    /// </summary>
    public static byte[] WriteIcs(AppOptions app, IReadOnlyList<CalendarEntry> entries)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//JapanAiGov//Japan AI governance dates//EN" };
        calendar.AddProperty("X-WR-CALNAME", Text["CalendarName"]);
        calendar.AddProperty("X-WR-CALDESC", Text["CalendarDescription"]);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT6H");
        foreach (var entry in entries)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = entry.Uid,
                DtStamp = new CalDateTime(entry.Stamp.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(entry.Date),

                // An all-day event ends the next day; on the last day a calendar can hold (a stored 9999-12-31),
                // RFC 5545 lets DTEND be left out, which means the same one day.
                DtEnd = entry.Date < DateOnly.MaxValue ? new CalDateTime(entry.Date.AddDays(1)) : null,
                Summary = SafeText.SingleLine(entry.Summary),
                Description = SafeText.MultiLine(entry.Description),
                Transparency = "TRANSPARENT",
            };
            if (entry.ItemSlug is not null)
            {
                calendarEvent.Url = app.Link("/items/" + entry.ItemSlug);
            }

            calendarEvent.Categories.Add(entry.Kind.ToString());
            calendar.Events.Add(calendarEvent);
        }

        return new UTF8Encoding(false).GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }
}
