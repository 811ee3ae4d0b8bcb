using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Pages.Admin.Poller;

/// <summary>Every registered source's recent passes with their outcomes, the e-Gov freshness, and "Poll now" (every source).</summary>
public sealed class IndexModel(IServiceProvider services, PollerStatus status, PollNow pollNow, IOptions<EGovOptions> options, ILogger<IndexModel> logger) : PageModel
{
    public const int RunsShown = 50;

    /// <summary>One section per registered source, in registration order.</summary>
    public IReadOnlyList<(SourceRegistration Source, SourceRuns Runs)> Sources { get; private set; } = [];

    public EGovFreshness Freshness { get; private set; } = null!;

    public EGovOptions Options => options.Value;

    public bool Requested { get; private set; }

    public async Task OnGetAsync(bool requested, CancellationToken cancellationToken)
    {
        Requested = requested;
        Freshness = await status.GetFreshnessAsync(cancellationToken);
        var sources = new List<(SourceRegistration, SourceRuns)>();
        foreach (var source in pollNow.Sources)
        {
            sources.Add((source, await source.Resolve(services).RecentRunsAsync(RunsShown, cancellationToken)));
        }

        Sources = sources;
    }

    public IActionResult OnPostPollNow()
    {
        pollNow.Request();
        logger.LogInformation("An editor asked for a pass of every source now");
        return Redirect("/admin/poller?requested=true");
    }
}
