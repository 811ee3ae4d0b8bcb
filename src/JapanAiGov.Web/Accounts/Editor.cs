using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>The signed-in editor as the app records them: id for the audit trail, display name for public history.</summary>
public sealed record Editor(string UserId, string DisplayName)
{
    public static async Task<Editor> FromAsync(UserManager<AppUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? "Editor" : user.DisplayName;
        return new Editor(user.Id, name);
    }
}
