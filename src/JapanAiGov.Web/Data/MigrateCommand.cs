using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Data;

public sealed class MigrateCommand : ICommand
{
    public string Name => "migrate";

    public string Description => "apply database migrations (and the first-start seed) and exit";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // CommandLine has applied migrations and the first-start seed before any command runs.
        await context.Output.WriteLineAsync("Database is up to date.");
        return ExitCodes.Success;
    }
}
