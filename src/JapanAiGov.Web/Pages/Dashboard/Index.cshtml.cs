using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Pages.Dashboard;

[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(
    DashboardQuery dashboard,
    ChangeLog log,
    AppDbContext db,
    TimeProvider time,
    GenerationKeyedMemo<DashboardGlance.Key, DashboardGlance> glances) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionLevels { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "asof")]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Withdrawn { get; set; }

    public DashboardView View { get; private set; } = new();

    public ItemStatus? StatusFilter => View.StatusFilter;

    public IReadOnlyDictionary<ItemStatus, int> Counts => View.Counts;

    public IReadOnlyList<string> Topics => View.Topics;

    public IReadOnlyList<DashboardRow> Rows => View.Rows;

    public int TotalItems => View.TotalItems;

    public bool IsFiltered => View.IsFiltered;

    /// <summary>The latest changes and the open comment deadlines; null in a past view (?asof=).</summary>
    public DashboardGlance? Glance { get; private set; }

    /// <summary>The consultations still open now, soonest deadline first.</summary>
    public IReadOnlyList<OpenConsultation> OpenConsultations { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <param name="page">The page of results, read from the query string only: Razor Pages' own "page" route value
    /// (the page's path) would win over it in ordinary model binding.</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        View = await dashboard.RunAsync(new DashboardFilter(Status, Topic, Q, AsOf, page, ActionLevels, Withdrawn), cancellationToken);
        Topic = View.Topic;
        if (View.AsOf is null)
        {
            Now = time.GetUtcNow();
            Glance = await DashboardGlance.ReadAsync(glances, log, db, time, cancellationToken);
            OpenConsultations = Glance.OpenAt(Now);
        }
    }
}
