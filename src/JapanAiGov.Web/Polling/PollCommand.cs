using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.PublicComments;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// <c>poll</c>: one pass of every source — the e-Gov laws, then the public-comment feeds — then exit. Exits 0 when
/// the passes ran, whatever e-Gov answered (each source's outcome is printed and recorded at /admin/poller); 1 when
/// one could not run (another instance holds its lease).
/// </summary>
public sealed class PollCommand : ICommand
{
    public string Name => "poll";

    public string Description => "run one pass of every e-Gov source (watched laws, public comments) and exit";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lawsRan = await PollLawsAsync(context, cancellationToken);
        var publicCommentsRan = await PublicCommentsCommand.RunAsync(context, cancellationToken);
        return lawsRan && publicCommentsRan ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task<bool> PollLawsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var run = await context.Services.GetRequiredService<EGovPoller>().RunOnceAsync(PollTrigger.Command, cancellationToken);
        if (run is null)
        {
            await context.Error.WriteLineAsync("Another instance is polling e-Gov right now (it holds the poller lease); the laws were not checked.");
            return false;
        }

        await context.Output.WriteLineAsync(
            $"Poll pass {run.Id}: {run.Outcome}. {run.LawsChecked} laws checked, {run.LawsFailed} failed, {run.NewRevisions} new revisions, {run.UpdatesCreated} updates for editors.");
        foreach (var law in run.Laws.Where(l => l.Outcome != PollLawOutcome.Succeeded))
        {
            await context.Output.WriteLineAsync($"  {law.LawId}: {law.Outcome}: {law.Error}");
        }

        if (run.Error is not null)
        {
            await context.Output.WriteLineAsync($"  {run.Error}");
        }

        return true;
    }
}
