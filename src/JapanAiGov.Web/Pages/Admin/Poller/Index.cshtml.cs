using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Pages.Admin.Poller;

/// <summary>Every poll pass with its outcome per law, the e-Gov freshness, and "Poll now".</summary>
public sealed class IndexModel(AppDbContext db, PollerStatus status, PollNow pollNow, IOptions<EGovOptions> options, ILogger<IndexModel> logger) : PageModel
{
    public const int RunsShown = 50;

    public IReadOnlyList<PollRun> Runs { get; private set; } = [];

    public EGovFreshness Freshness { get; private set; } = null!;

    /// <summary>The public-comment watcher's reads, one row per feed (source) and pass.</summary>
    public IReadOnlyList<PublicCommentRun> PublicCommentRuns { get; private set; } = [];

    public EGovOptions Options => options.Value;

    public bool Requested { get; private set; }

    public async Task OnGetAsync(bool requested, CancellationToken cancellationToken)
    {
        Requested = requested;
        Freshness = await status.GetFreshnessAsync(cancellationToken);
        Runs = await db.PollRuns.AsNoTracking()
            .Include(r => r.Laws)
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id)
            .Take(RunsShown)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        PublicCommentRuns = await db.PublicCommentRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id)
            .Take(RunsShown)
            .ToListAsync(cancellationToken);
    }

    public IActionResult OnPostPollNow()
    {
        pollNow.Request();
        logger.LogInformation("An editor asked for a pass of every source now");
        return Redirect("/admin/poller?requested=true");
    }
}
