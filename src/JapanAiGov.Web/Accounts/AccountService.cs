using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>Creates accounts with a role; shared by the <c>users add</c> command and the admin users page.</summary>
public sealed class AccountService(UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider time, ILogger<AccountService> logger)
{
    public async Task<AccountResult> CreateAsync(string email, string? displayName, string role, string password, CancellationToken cancellationToken)
    {
        var canonicalRole = Roles.Normalize(role);
        if (canonicalRole is null)
        {
            return AccountResult.Fail($"Unknown role '{role}'. Use one of: {string.Join(", ", Roles.All)}.");
        }

        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Fail($"An account with the email {email} already exists.");
        }

        await EnsureRolesAsync();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountResult.Fail(created.Errors.Select(e => e.Description).ToArray());
        }

        var added = await users.AddToRoleAsync(user, canonicalRole);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return AccountResult.Fail(added.Errors.Select(e => e.Description).ToArray());
        }

        logger.LogInformation("Created account {UserId} with role {Role}", user.Id, canonicalRole);
        return AccountResult.Ok;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
