using JapanAiGov.Web.Data;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Polling;

/// <summary>The watched laws on e-Gov's Law API as a registered source: <see cref="EGovPoller"/>'s pass and its outcome in words.</summary>
public sealed class EGovLawsSource(EGovPoller poller, AppDbContext db) : ISourcePass
{
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

    public Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken) =>
        db.PollRuns.OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
}
