using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

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

        if (displayName is not null && SafeText.HasForbiddenCharacter(displayName, multiLine: false))
        {
            return AccountResult.Fail(new PlainTextAttribute().FormatErrorMessage("DisplayName"));
        }

        if (displayName?.Trim().Length > AppUser.DisplayNameMaxLength)
        {
            return AccountResult.Fail($"The display name can be at most {AppUser.DisplayNameMaxLength} characters.");
        }

        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Exists(email);
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
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException) when (users.Users.Any(u => u.NormalizedEmail == users.NormalizeEmail(email)))
        {
            // The same account was created by someone else between the check above and this insert.
            return Exists(email);
        }

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

    private static AccountResult Exists(string email) => AccountResult.Fail($"An account with the email {email} already exists.");

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

    /// <summary>
    /// True when no other admin could sign in if <paramref name="user"/> lost the role or was disabled: the app would
    /// then have nobody to manage users, so such a change is refused.
    /// </summary>
    public async Task<bool> IsLastActiveAdminAsync(AppUser user)
    {
        var now = time.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }
}
