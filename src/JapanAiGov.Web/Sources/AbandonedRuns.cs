using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// A pass whose instance died (a crash, a kill) leaves its runs "Running" and its lease held until it expires. Whoever
/// takes the lease over next marks those runs abandoned — the one rule for every registered source, so none stays
/// "Running" on /admin/poller for ever.
/// </summary>
public static class AbandonedRuns
{
    /// <returns>How many runs of the previous holder were marked.</returns>
    public static async Task<int> MarkAsync<TRun>(IQueryable<TRun> runs, HeldLease lease, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
        where TRun : class, ISourceRun
    {
        if (lease.PreviousHolder is not { } previous)
        {
            return 0;
        }

        var error = string.Create(CultureInfo.InvariantCulture, $"Abandoned: its instance stopped before the pass finished (a crash or kill); the {lease.Name} lease expired and another pass took it over at {time.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC.");
        var marked = await runs
            .Where(r => r.Instance == previous && r.Outcome == PollOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, PollOutcome.Abandoned).SetProperty(r => r.Error, error), cancellationToken);
        if (marked > 0)
        {
            logger.LogWarning("Took the {LeaseName} lease over from an instance that stopped mid-pass; {RunCount} runs marked abandoned", lease.Name, marked);
        }

        return marked;
    }
}
