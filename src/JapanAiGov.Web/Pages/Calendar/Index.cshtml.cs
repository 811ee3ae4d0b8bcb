using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
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
        var today = JapanTime.DateOf(time.GetUtcNow());
        var entries = await calendar.ReadAsync(cancellationToken);
        Upcoming = entries.Where(e => e.Date >= today).ToList();
        Past = entries.Where(e => e.Date < today).Reverse().ToList();
    }
}
