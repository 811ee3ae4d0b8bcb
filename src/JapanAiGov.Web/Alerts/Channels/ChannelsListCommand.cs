using System.Globalization;
using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary><c>channels list</c>: id, kind, state, name, masked URL, scope and language of every destination.</summary>
public sealed class ChannelsListCommand : ICommand
{
    public string Name => "channels list";

    public string Description => "list alert destinations (URLs masked)";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var d in await context.Services.GetRequiredService<DestinationService>().ListAsync(cancellationToken))
        {
            var s = d.Subscription!;
            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{d.Id}\t{d.Kind}\t{(d.Enabled ? "enabled" : "disabled")}\t{d.Name}\t{d.UrlDisplay}\t{s.ScopeKey}\t{s.Language}"));
        }

        return ExitCodes.Success;
    }
}
