using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Users;

[Authorize(Policy = Roles.AdminPolicy)]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, AccountService accounts, TimeProvider time, IStringLocalizerFactory localizers, ILogger<IndexModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<IndexModel>();

    [BindProperty]
    public NewUserForm NewUser { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await accounts.CreateAsync(NewUser.Email!, NewUser.DisplayName, NewUser.Role, NewUser.Password!, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            await LoadAsync();
            return Page();
        }

        var created = await users.FindByEmailAsync(NewUser.Email!.Trim());
        await AuditAsync(AuditActions.UserCreated, created!.Id, new AuditDiff().Add("Email", null, created.Email).Add("Role", null, Roles.Normalize(NewUser.Role)).Changes);
        TempData["Message"] = _text["Created", Roles.Normalize(NewUser.Role) ?? string.Empty, created.Email ?? string.Empty].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        var newRole = Roles.Normalize(role);
        if (user is null || newRole is null)
        {
            return NotFound();
        }

        var oldRoles = await users.GetRolesAsync(user);
        if (oldRoles.SequenceEqual([newRole]))
        {
            return RedirectToPage();
        }

        if (oldRoles.Contains(Roles.Admin) && newRole != Roles.Admin && await accounts.IsLastActiveAdminAsync(user))
        {
            TempData["Error"] = _text["LastAdminRole"].Value;
            return RedirectToPage();
        }

        await users.RemoveFromRolesAsync(user, oldRoles);
        await users.AddToRoleAsync(user, newRole);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(AuditActions.UserRoleChanged, user.Id, new AuditDiff().Add("Role", string.Join(",", oldRoles), newRole).Changes);
        TempData["Message"] = _text["RoleChanged", user.Email ?? string.Empty, newRole].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await accounts.IsLastActiveAdminAsync(user))
        {
            TempData["Error"] = _text["LastAdminDisable"].Value;
            return RedirectToPage();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(AuditActions.UserDisabled, user.Id, new AuditDiff().Add("Disabled", false, true).Changes);
        TempData["Message"] = _text["DisabledMessage", user.Email ?? string.Empty].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(AuditActions.UserEnabled, user.Id, new AuditDiff().Add("Disabled", true, false).Changes);
        TempData["Message"] = _text["EnabledMessage", user.Email ?? string.Empty].Value;
        return RedirectToPage();
    }

    /// <summary>
    /// Sets a temporary password the admin hands over, ends the user's sessions, and makes them choose their own
    /// password at their next sign-in.
    /// </summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(string id, string? password)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var reset = string.IsNullOrEmpty(password)
            ? IdentityResult.Failed(new IdentityError { Description = _text["TemporaryTooShort"] })
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            TempData["Error"] = _text["NotReset", user.Email ?? string.Empty, string.Join(" ", reset.Errors.Select(e => e.Description))].Value;
            return RedirectToPage();
        }

        if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == PasswordChangeRequirement.ClaimType))
        {
            await users.AddClaimAsync(user, PasswordChangeRequirement.Claim);
        }

        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(AuditActions.UserPasswordReset, user.Id, new AuditDiff().Add("PasswordChangeRequired", false, true).Changes);
        TempData["Message"] = _text["ResetDone", user.Email ?? string.Empty].Value;
        return RedirectToPage();
    }

    private async Task AuditAsync(string action, string userId, IReadOnlyList<AuditFieldChange> changes)
    {
        var editor = await Editor.FromAsync(users, User);
        db.AuditEntries.Add(AuditEntryFactory.ForUser(editor, action, userId, changes, time.GetUtcNow()));
        await db.SaveChangesAsync();
        logger.LogInformation("{Action} on user {TargetUserId} by {UserId}", action, userId, editor.UserId);
    }

    private async Task LoadAsync()
    {
        var now = time.GetUtcNow();
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        Rows = all.Select(u => new Row(
                u.Id,
                u.Email ?? u.UserName ?? u.Id,
                u.DisplayName,
                string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
                u.LockoutEnd == DateTimeOffset.MaxValue,
                u.LockoutEnd is { } end && end > now && end != DateTimeOffset.MaxValue))
            .ToList();
    }

    public sealed record Row(string Id, string Email, string DisplayName, string Role, bool Disabled, bool LockedOut);

    public sealed class NewUserForm
    {
        [Required(ErrorMessage = "EmailRequired")]
        [EmailAddress(ErrorMessage = "EmailInvalid")]
        public string? Email { get; set; }

        [StringLength(AppUser.DisplayNameMaxLength)]
        [PlainText]
        public string? DisplayName { get; set; }

        [Required]
        public string Role { get; set; } = Roles.Editor;

        [Required(ErrorMessage = "PasswordRequired")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
