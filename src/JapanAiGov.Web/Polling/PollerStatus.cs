using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

/// <summary>Reads the poller's health for the dashboard and /admin/poller.</summary>
public sealed class PollerStatus(AppDbContext db, TimeProvider time, IOptions<EGovOptions> options)
{
    /// <summary>"Checked successfully" means a pass in which every watched law was checked.</summary>
    public async Task<EGovFreshness> GetFreshnessAsync(CancellationToken cancellationToken)
    {
        // One query: the latest pass, with the latest successful finish beside it (a page's every query counts).
        var last = await db.PollRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Select(r => new
            {
                r.StartedAt,
                r.Outcome,
                LastSuccess = db.PollRuns.Where(s => s.Outcome == PollOutcome.Succeeded && s.FinishedAt != null)
                    .OrderByDescending(s => s.FinishedAt).Select(s => s.FinishedAt).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var lastSuccess = last?.LastSuccess;
        var staleAfter = options.Value.StaleAfter;
        var stale = lastSuccess is null || time.GetUtcNow() - lastSuccess.Value > staleAfter;
        return new EGovFreshness(lastSuccess, last?.StartedAt, last?.Outcome, stale, staleAfter);
    }
}
