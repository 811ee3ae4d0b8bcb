using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Pages.Account;

/// <summary>
/// A signed-in editor changes their own password (the same rules as everywhere: <see cref="PasswordPolicy"/>). Their
/// other sessions end; this one continues. Also where an admin's forced reset sends them.
/// </summary>
[Authorize]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Required => User.HasClaim(c => c.Type == PasswordChangeRequirement.ClaimType);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "PasswordMismatch" ? "The current password is not right." : error.Description);
            }

            return Page();
        }

        await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == PasswordChangeRequirement.ClaimType));
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Editor {UserId} changed their password", user.Id);
        TempData["Message"] = "Your password is changed. Your other sessions have ended.";
        return Redirect("/admin");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password of at least 12 characters.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
