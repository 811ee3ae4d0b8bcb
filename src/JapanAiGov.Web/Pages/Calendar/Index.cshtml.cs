using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Pages.Calendar;

public sealed class IndexModel(ItemCalendar calendar, TimeProvider time, IOptions<AppOptions> app) : PageModel
{
    public Uri CalendarUrl => app.Value.Link("/calendar.ics");

    /// <summary>The same address with the webcal scheme, which desktop and phone calendar apps open as a subscription.</summary>
    public string WebcalUrl => "webcal" + CalendarUrl.ToString()[CalendarUrl.Scheme.Length..];

    public IReadOnlyList<CalendarEntry> Upcoming { get; private set; } = [];

    public IReadOnlyList<CalendarEntry> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var entries = await calendar.ReadAsync(cancellationToken);
        Upcoming = entries.Where(e => e.Date >= today).ToList();
        Past = entries.Where(e => e.Date < today).Reverse().ToList();
    }

    public static string KindLabel(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Promulgation => "Promulgation (公布)",
        CalendarEntryKind.Enforcement => "In force (施行)",
        CalendarEntryKind.StatusEffective => "Status effective",
        CalendarEntryKind.CommentDeadline => "Comments due (意見募集締切)",
        CalendarEntryKind.PublicCommentResult => "Result published (結果公示)",
        _ => kind.ToString(),
    };
}
