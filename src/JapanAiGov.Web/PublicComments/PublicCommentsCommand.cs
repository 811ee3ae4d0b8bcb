using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.Polling;

namespace JapanAiGov.Web.PublicComments;

/// <summary>The public-comment part of the <c>poll</c> command: one pass over every feed, each feed's outcome printed.</summary>
public static class PublicCommentsCommand
{
    /// <summary>False when another instance holds the watcher's lease (nothing was read).</summary>
    public static async Task<bool> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var scope = context.Services.CreateScope();
        var runs = await scope.ServiceProvider.GetRequiredService<PublicCommentWatcher>().RunOnceAsync(PollTrigger.Command, cancellationToken);
        if (runs is null)
        {
            await context.Error.WriteLineAsync("Another instance is reading the public-comment feeds right now (it holds their lease); they were not read.");
            return false;
        }

        foreach (var run in runs)
        {
            await context.Output.WriteLineAsync(
                $"Public comments, {PublicCommentClient.PathOf(run.Feed)}: {run.Outcome}. {run.EntriesRead} cases read, {run.CasesAdded} new, {run.ResultsAdded} results, {run.MatchesAdded} matches for editors.");
            if (run.Error is not null)
            {
                await context.Output.WriteLineAsync($"  {run.Error}");
            }
        }

        return true;
    }
}
