using System.Globalization;
using JapanAiGov.Web.Infrastructure.Commands;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// <c>channels add --kind webhook|slack|teams --url URL [--name N] [--item SLUG | --topic T] [--language ja|en]</c>: prints
/// the new destination's id and, for a webhook, its signing secret (shown this once).
/// </summary>
public sealed class ChannelsAddCommand : ICommand
{
    public string Name => "channels add";

    public string Description => "add an alert destination: --kind webhook|slack|teams --url URL [--name N] [--item SLUG | --topic T] [--language ja|en]";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Arguments;
        if (string.IsNullOrWhiteSpace(arguments["kind"]) || string.IsNullOrWhiteSpace(arguments["url"]))
        {
            await context.Error.WriteLineAsync("channels add needs --kind (webhook, slack or teams) and --url.");
            return ExitCodes.Usage;
        }

        var service = context.Services.GetRequiredService<DestinationService>();
        var request = new DestinationRequest(arguments["kind"], arguments["url"], arguments["name"], arguments["item"], arguments["topic"], arguments["language"], "command line");
        var created = await service.CreateAsync(request, cancellationToken);
        if (created.Destination is not { } destination)
        {
            await context.Error.WriteLineAsync(created.Problem);
            return ExitCodes.Failure;
        }

        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Created {destination.Kind} destination {destination.Id} ({destination.UrlDisplay})."));
        if (created.Secret is not null)
        {
            await context.Output.WriteLineAsync($"Signing secret (shown only now): {created.Secret}");
        }

        return ExitCodes.Success;
    }
}
