using System.Globalization;
using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary><c>channels remove ID</c>: ends the destination's subscription and deletes it with its delivery log.</summary>
public sealed class ChannelsRemoveCommand : ICommand
{
    public string Name => "channels remove";

    public string Description => "remove an alert destination: ID";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!long.TryParse(context.Arguments.Positional, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await context.Error.WriteLineAsync("channels remove needs the destination's id (see channels list).");
            return ExitCodes.Usage;
        }

        if (!await context.Services.GetRequiredService<DestinationService>().RemoveAsync(id, cancellationToken))
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"There is no destination {id}."));
            return ExitCodes.Failure;
        }

        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Removed destination {id}."));
        return ExitCodes.Success;
    }
}
