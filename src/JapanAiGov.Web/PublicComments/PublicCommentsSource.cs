using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>e-Gov's public-comment feeds as a registered source: <see cref="PublicCommentWatcher"/>'s pass, each feed's outcome in words.</summary>
public sealed class PublicCommentsSource(PublicCommentWatcher watcher, AppDbContext db) : ISourcePass
{
    private static readonly ResourceText Text = new(typeof(PublicCommentsSource));

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

    public async Task<SourceRuns> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        var runs = await db.PublicCommentRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return new SourceRuns(Text["Title"], Text["Lede"], runs.ConvertAll(run => new SourceRun(
            run.StartedAt,
            run.FinishedAt,
            run.Trigger,
            run.Outcome,
            Text[run.Feed switch { PublicCommentFeed.Consultations => "ConsultationsFeed", PublicCommentFeed.Results => "ResultsFeed" }],
            run.Feed.ToString(),
            Text.Format("Found", run.EntriesRead, run.CasesAdded, run.ResultsAdded, run.MatchesAdded),
            run.Error,
            [])));
    }

    public Task<DateTimeOffset?> LastStartedAtAsync(CancellationToken cancellationToken) =>
        db.PublicCommentRuns.Where(r => r.Outcome != PollOutcome.Running && r.Outcome != PollOutcome.Abandoned).OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
}
