using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Account;

/// <summary>
/// A signed-in editor changes their own password (the same rules as everywhere: <see cref="PasswordPolicy"/>). Their
/// other sessions end; this one continues. Also where an admin's forced reset sends them.
/// </summary>
[Authorize]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizerFactory localizers, ILogger<PasswordModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<PasswordModel>();

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
                ModelState.AddModelError(string.Empty, error.Code == "PasswordMismatch" ? _text["CurrentWrong"] : error.Description);
            }

            return Page();
        }

        await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == PasswordChangeRequirement.ClaimType));
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Editor {UserId} changed their password", user.Id);
        TempData["Message"] = _text["Changed"].Value;
        return Redirect("/admin");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "CurrentRequired")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "NewRequired")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "NotSame")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
