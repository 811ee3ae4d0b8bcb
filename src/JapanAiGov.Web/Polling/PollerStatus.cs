using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>Reads the poller's health for the dashboard and /admin/poller.</summary>
public sealed class PollerStatus(AppDbContext db, TimeProvider time, IOptions<EGovOptions> options, GenerationMemo<PollerStatus.LatestPasses> memo)
{
    /// <summary>"Checked successfully" means a pass in which every watched law was checked.</summary>
    public async Task<EGovFreshness> GetFreshnessAsync(CancellationToken cancellationToken)
    {
        // Read once per content generation (every pass is a write): the line is on every dashboard view.
        var last = await memo.GetAsync(ReadLatestAsync, cancellationToken);
        var lastSuccess = last.LastSuccess;
        var staleAfter = options.Value.StaleAfter;
        var stale = lastSuccess is null || time.GetUtcNow() - lastSuccess.Value > staleAfter;
        return new EGovFreshness(lastSuccess, last.StartedAt, last.Outcome, stale, staleAfter);
    }

    /// <summary>One query: the latest pass, with the latest successful finish beside it.</summary>
    private async Task<LatestPasses> ReadLatestAsync(CancellationToken cancellationToken) =>
        await db.PollRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Select(r => new LatestPasses(
                r.StartedAt,
                r.Outcome,
                db.PollRuns.Where(s => s.Outcome == PollOutcome.Succeeded && s.FinishedAt != null)
                    .OrderByDescending(s => s.FinishedAt).Select(s => s.FinishedAt).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken) ?? new LatestPasses(null, null, null);

    /// <summary>The latest pass's start and outcome, and the latest successful finish (null when there is none).</summary>
    public sealed record LatestPasses(DateTimeOffset? StartedAt, PollOutcome? Outcome, DateTimeOffset? LastSuccess);
}
