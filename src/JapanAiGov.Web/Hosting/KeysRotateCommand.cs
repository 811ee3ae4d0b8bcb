using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Hosting;

/// <summary>
/// Creates a new Data Protection key that takes over at once, encrypted with the configured certificate (if any). The
/// way out of a key stored in plain form (<see cref="UnencryptedKeyCheck"/>): the old key only reads what it already
/// protected (sign-ins, links in sent emails) until it expires.
/// </summary>
public sealed class KeysRotateCommand : ICommand
{
    public string Name => "keys rotate";

    public string Description => "create a new Data Protection key that is used from now on (run with the certificate settings)";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var keys = context.Services.GetRequiredService<IKeyManager>();

        // Data Protection dates its keys by the system clock, not the app's TimeProvider.
        var now = DateTimeOffset.UtcNow;
        var key = keys.CreateNewKey(now, now + context.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime);
        await context.Output.WriteLineAsync($"Created Data Protection key {key.KeyId}, in use from now until {key.ExpirationDate:yyyy-MM-dd}.");

        await using var scope = context.Services.CreateAsyncScope();
        var problem = await UnencryptedKeyCheck.ProblemAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), context.Services.GetRequiredService<IConfiguration>(), cancellationToken);
        if (problem is not null)
        {
            await context.Error.WriteLineAsync(problem);
            return ExitCodes.Failure;
        }

        await context.Output.WriteLineAsync("Older keys only read what they protected (sign-ins, links in emails already sent) until they expire.");
        return ExitCodes.Success;
    }
}
