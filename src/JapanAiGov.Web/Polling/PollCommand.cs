using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// <c>poll</c>: one e-Gov poll pass, then exit. Exits 0 when the pass ran, whatever e-Gov answered (the outcome is
/// printed and recorded at /admin/poller); 1 when it could not run (another instance holds the poller lease).
/// </summary>
public sealed class PollCommand : ICommand
{
    public string Name => "poll";

    public string Description => "run one e-Gov poll pass over the watched laws and exit";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var run = await context.Services.GetRequiredService<EGovPoller>().RunOnceAsync(PollTrigger.Command, cancellationToken);
        if (run is null)
        {
            await context.Error.WriteLineAsync("Another instance is polling e-Gov right now (it holds the poller lease); nothing was done.");
            return ExitCodes.Failure;
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

        return ExitCodes.Success;
    }
}
