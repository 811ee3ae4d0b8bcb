using JapanAiGov.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Pages.Account;

/// <summary>
/// Signs out everywhere: changing the account's security stamp ends every copy of the cookie (another browser, a
/// copied cookie), because <see cref="SessionPolicy"/> checks the stamp on every request.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Editor {UserId} signed out", user.Id);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
