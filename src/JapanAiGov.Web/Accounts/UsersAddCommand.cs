using JapanAiGov.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// <c>users add --email E --role Editor|Admin [--password P] [--name "Display Name"]</c>; without --password the
/// password is read from standard input, so it stays out of shell history and process listings.
/// </summary>
public sealed class UsersAddCommand : ICommand
{
    public string Name => "users add";

    public string Description => "create an account: --email E --role Editor|Admin [--name N] [--password P, else read from standard input]";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var email = context.Arguments["email"];
        var role = context.Arguments["role"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(role))
        {
            await context.Error.WriteLineAsync("users add needs --email and --role (Editor or Admin).");
            return ExitCodes.Usage;
        }

        var password = context.Arguments["password"];
        if (string.IsNullOrEmpty(password))
        {
            password = (await context.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        }

        var accounts = context.Services.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(email, context.Arguments["name"], role, password ?? string.Empty, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var message in result.Errors)
            {
                await context.Error.WriteLineAsync(message);
            }

            return ExitCodes.Failure;
        }

        await context.Output.WriteLineAsync($"Created {Roles.Normalize(role)} account {email.Trim()}.");
        return ExitCodes.Success;
    }
}
