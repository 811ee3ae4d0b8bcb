using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Diet;

/// <summary>The Diet's bill pages as a registered source: <see cref="DietWatcher"/>'s pass and its outcome in words.</summary>
public sealed class DietSource(DietWatcher watcher, AppDbContext db) : ISourcePass
{
    private static readonly ResourceText Text = new(typeof(DietSource));

    public async Task<IReadOnlyList<string>?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        var run = await watcher.RunOnceAsync(trigger, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var lines = new List<string>
        {
            $"Diet bills, pass {run.Id}: {run.Outcome}. {run.PagesRead} lists read, {run.BillsListed} bills of watched kinds, {run.BillsMatched} matched, {run.StagesRecorded} stages recorded.",
        };
        if (run.Error is not null)
        {
            lines.AddRange(run.Error.Split(" | ").Select(problem => "  " + problem));
        }

        return lines;
    }

    public async Task<SourceRuns> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        var runs = await db.DietRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
        return new SourceRuns(Text["Title"], Text["Lede"], runs.ConvertAll(run => new SourceRun(
            run.StartedAt,
            run.FinishedAt,
            run.Trigger,
            run.Outcome,
            Part: null,
            PartId: null,
            Text.Format("Found", run.PagesRead, run.BillsListed, run.BillsMatched, run.StagesRecorded),
            run.Error,
            [])));
    }

    public Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken) =>
        db.DietRuns.Where(r => r.Outcome != PollOutcome.Running && r.Outcome != PollOutcome.Abandoned).OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
}
