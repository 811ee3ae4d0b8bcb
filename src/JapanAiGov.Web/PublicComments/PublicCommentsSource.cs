using JapanAiGov.Web.Data;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>e-Gov's public-comment feeds as a registered source: <see cref="PublicCommentWatcher"/>'s pass, each feed's outcome in words.</summary>
public sealed class PublicCommentsSource(PublicCommentWatcher watcher, AppDbContext db) : ISourcePass
{
    public async Task<IReadOnlyList<string>?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        var runs = await watcher.RunOnceAsync(trigger, cancellationToken);
        if (runs is null)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var run in runs)
        {
            lines.Add($"Public comments, {PublicCommentClient.PathOf(run.Feed)}: {run.Outcome}. {run.EntriesRead} cases read, {run.CasesAdded} new, {run.ResultsAdded} results, {run.MatchesAdded} matches for editors.");
            if (run.Error is not null)
            {
                lines.Add($"  {run.Error}");
            }
        }

        return lines;
    }

    public Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken) =>
        db.PublicCommentRuns.OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
}
