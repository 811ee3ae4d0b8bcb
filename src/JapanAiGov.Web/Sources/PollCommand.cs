using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// <c>poll</c>: one pass of every registered source, in registration order (e-Gov laws, public comments, Diet bills),
/// then exit. Exits 0 when the passes ran, whatever the sources answered (each outcome is printed and recorded at
/// /admin/poller); 1 when one could not run (another instance holds its lease).
/// </summary>
public sealed class PollCommand : ICommand
{
    public string Name => "poll";

    public string Description => "run one pass of every registered source (e-Gov laws, public comments, Diet bills) and exit";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var allRan = true;
        foreach (var source in context.Services.GetServices<SourceRegistration>())
        {
            using var scope = context.Services.CreateScope();
            var lines = await source.Resolve(scope.ServiceProvider).RunOnceAsync(PollTrigger.Command, cancellationToken);
            if (lines is null)
            {
                await context.Error.WriteLineAsync($"Another instance is running the {source.Name} source right now (it holds its lease); it was not read.");
                allRan = false;
                continue;
            }

            foreach (var line in lines)
            {
                await context.Output.WriteLineAsync(line);
            }
        }

        return allRan ? ExitCodes.Success : ExitCodes.Failure;
    }
}
