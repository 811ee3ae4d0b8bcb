using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// The calendar dates of public-comment cases an editor confirmed for an item: the last day to comment and the day
/// the result was published. One entry per case and date (UIDs from e-Gov's case id, so they never change).
/// </summary>
public sealed class PublicCommentCalendar(AppDbContext db) : ICalendarSource
{
    private static readonly ResourceText Text = new(typeof(PublicCommentCalendar));

    /// <summary>The entries in the current UI language (PublicCommentCalendar.resx / .ja.resx; item titles likewise).</summary>
    public async Task<IReadOnlyList<CalendarEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        var japanese = AppCultures.IsJapanese();
        var confirmed = await db.PublicCommentMatches.AsNoTracking()
            .Where(m => m.State == PublicCommentMatchState.Confirmed && (m.Case!.Deadline != null || m.Case.Result!.PublishedOn != null))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Case!.CaseId,
                m.Case.Title,
                m.Case.Url,
                m.Case.Office,
                m.Case.Deadline,
                m.Case.FirstSeenAt,
                ResultOn = (DateOnly?)m.Case.Result!.PublishedOn,
                ResultSeenAt = (DateTimeOffset?)m.Case.Result.FirstSeenAt,
                CommentCount = (int?)m.Case.Result.CommentCount,
                m.Item!.Slug,
                ItemTitleEn = m.Item.Title,
                ItemTitleJa = m.Item.TitleJa,
            })
            .ToListAsync(cancellationToken);

        var entries = new List<CalendarEntry>();
        foreach (var byCase in confirmed.GroupBy(c => c.CaseId))
        {
            var c = byCase.First();
            var items = string.Join(", ", byCase.Select(x => Bilingual.Pick(x.ItemTitleEn, x.ItemTitleJa, japanese).Text));
            var itemTitle = Bilingual.Pick(c.ItemTitleEn, c.ItemTitleJa, japanese).Text;
            var office = c.Office is null ? string.Empty : $"{c.Office}\n";
            if (c.Deadline is { } deadline)
            {
                // A deadline of 00:00 ends the day before: the last day to comment is the calendar date.
                var lastDay = DateOnly.FromDateTime(deadline.ToOffset(JapanTime.Offset).AddTicks(-1).DateTime);
                entries.Add(new CalendarEntry(
                    $"public-comment-{c.CaseId}-deadline{ItemCalendar.UidDomain}",
                    lastDay,
                    CalendarEntryKind.CommentDeadline,
                    Text.Format("DeadlineSummary", c.Title),
                    $"{office}{Text.Format("DeadlineText", JapanTime.Format(deadline))}\n{c.Url}\n{Text.Format("TrackedItems", items)}",
                    c.Slug,
                    itemTitle,
                    null,
                    IsScheduled: false,
                    c.FirstSeenAt));
            }

            if (c.ResultOn is { } resultOn)
            {
                entries.Add(new CalendarEntry(
                    $"public-comment-{c.CaseId}-result{ItemCalendar.UidDomain}",
                    resultOn,
                    CalendarEntryKind.PublicCommentResult,
                    Text.Format("ResultSummary", c.Title),
                    $"{office}{(c.CommentCount is { } n ? Text.Format("ResultTextWithCount", n) : Text["ResultText"])}\n{c.Url}\n{Text.Format("TrackedItems", items)}",
                    c.Slug,
                    itemTitle,
                    null,
                    IsScheduled: false,
                    c.ResultSeenAt ?? c.FirstSeenAt));
            }
        }

        return entries;
    }
}
