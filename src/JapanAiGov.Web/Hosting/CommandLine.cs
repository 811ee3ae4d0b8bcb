using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Hosting;

/// <summary>
/// The app's command line (DESIGN.md §5): <c>dotnet run --project src/JapanAiGov.Web -- COMMAND</c>.
/// Plain <c>dotnet run</c>, or only <c>--option</c> arguments, serves the web app instead.
/// </summary>
public static class CommandLine
{
    private static readonly ICommand[] Commands =
    [
        new MigrateCommand(),
        new UsersAddCommand(),
        new PollCommand(),
        new ChannelsAddCommand(),
        new ChannelsListCommand(),
        new ChannelsRemoveCommand(),
        new KeysRotateCommand(),
    ];

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var command = Commands.FirstOrDefault(c => Matches(c.Name, args));
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            await error.WriteLineAsync(Usage());
            return ExitCodes.Usage;
        }

        var options = CommandArguments.Parse(args.Skip(command.Name.Split(' ').Length).ToArray());
        if (options is null)
        {
            await error.WriteLineAsync($"Could not read the arguments of '{command.Name}'.");
            await error.WriteLineAsync(Usage());
            return ExitCodes.Usage;
        }

        using var scope = services.CreateScope();

        // Like the server, every command works on a migrated database: `users add` right after a fresh clone just works.
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
        var context = new CommandContext(scope.ServiceProvider, options, input, output, error);
        return await command.RunAsync(context, CancellationToken.None);
    }

    public static string Usage() =>
        "Usage: dotnet run --project src/JapanAiGov.Web -- <command>" + Environment.NewLine + "Commands:" + Environment.NewLine
        + string.Join(Environment.NewLine, Commands.Select(c => $"  {c.Name,-12} {c.Description}"))
        + Environment.NewLine + "With no command the web app is served.";

    private static bool Matches(string name, string[] args)
    {
        var words = name.Split(' ');
        return args.Length >= words.Length
            && words.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(m => m);
    }
}
