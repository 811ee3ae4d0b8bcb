using System.Globalization;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Polling;

/// <summary>The watched laws on e-Gov's Law API as a registered source: <see cref="EGovPoller"/>'s pass and its outcome in words.</summary>
public sealed class EGovLawsSource(EGovPoller poller, AppDbContext db) : ISourcePass
{
    private static readonly ResourceText Text = new(typeof(EGovLawsSource));

    public async Task<IReadOnlyList<string>?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        var run = await poller.RunOnceAsync(trigger, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var lines = new List<string>
        {
            $"Poll pass {run.Id}: {run.Outcome}. {run.LawsChecked} laws checked, {run.LawsFailed} failed, {run.NewRevisions} new revisions, {run.UpdatesCreated} updates for editors.",
        };
        lines.AddRange(run.Laws.Where(l => l.Outcome != PollLawOutcome.Succeeded).Select(law => $"  {law.LawId}: {law.Outcome}: {law.Error}"));
        if (run.Error is not null)
        {
            lines.Add($"  {run.Error}");
        }

        return lines;
    }

    public async Task<SourceRuns> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        var runs = await db.PollRuns.AsNoTracking()
            .Include(r => r.Laws)
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id)
            .Take(count)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new SourceRuns(Text["Title"], Text["Lede"], runs.ConvertAll(ToRow));
    }

    public Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken) =>
        db.PollRuns.Where(r => r.Outcome != PollOutcome.Running && r.Outcome != PollOutcome.Abandoned).OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);

    private static SourceRun ToRow(PollRun run) => new(
        run.StartedAt,
        run.FinishedAt,
        run.Trigger,
        run.Outcome,
        Part: null,
        PartId: null,
        Text.Format(run.LawsFailed > 0 ? "FoundWithFailures" : "Found", run.LawsChecked, run.LawsFailed, run.NewRevisions, run.UpdatesCreated),
        run.Error,
        run.Laws.OrderBy(l => l.Id).Select(Describe).ToList());

    private static string Describe(PollLawResult law) => string.Join(
        " · ",
        new[]
        {
            Text.Format("LawOutcome", law.LawId, Text["Outcome." + law.Outcome]) + (law.Baseline ? " " + Text["Baseline"] : string.Empty),
            Text.Format("LawCounts", law.RevisionsSeen, law.NewRevisions, law.UpdatesCreated, law.DurationMs.ToString(CultureInfo.InvariantCulture)),
            law.NowInForce is null ? null : Text.Format("NowInForce", law.NowInForce),
            law.Error,
        }.Where(part => part is not null));
}
