using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.Infrastructure.Commands;

public sealed class MigrateCommand : ICommand
{
    public string Name => "migrate";

    public string Description => "apply database migrations (and the first-start seed) and exit";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await context.Services.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(cancellationToken);
        await context.Output.WriteLineAsync("Database is up to date.");
        return ExitCodes.Success;
    }
}
