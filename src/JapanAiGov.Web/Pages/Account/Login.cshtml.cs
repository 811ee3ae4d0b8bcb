using System.ComponentModel.DataAnnotations;
using System.Text;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Account;

/// <summary>
/// Sign-in. Every failure — unknown account, wrong password, locked or disabled account — gets the same message and
/// costs one password hash, so neither the page nor its timing tells which accounts exist (hence one message,
/// "WrongCredentials", for a wrong password and a locked account alike). Attempts are throttled per
/// client (<see cref="SignInThrottle"/>) and logged with the account id and the client address.
/// </summary>
[EnableRateLimiting(SignInThrottle.PolicyName)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizerFactory localizers, ILogger<LoginModel> logger) : PageModel
{

    /// <summary>A hash to check wrong passwords against when there is no account's hash to check, so every failure costs the same.</summary>
    private static string? _standInHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            CheckStandInHash();
            logger.LogWarning("Sign-in failed for {Account} from {ClientAddress}: {Reason}", "(no such account)", client, "unknown account");
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Editor {UserId} signed in from {ClientAddress}", user.Id, client);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? EscapeNonAscii(ReturnUrl) : "/admin");
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity refuses these before hashing the password; hash once anyway so they take as long as a wrong password.
            CheckStandInHash();
        }

        logger.LogWarning("Sign-in failed for {Account} from {ClientAddress}: {Reason}", user.Id, client, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password");
        return Failed();
    }

    private PageResult Failed()
    {
        ModelState.AddModelError(string.Empty, localizers.ForPage<LoginModel>()["WrongCredentials"]);
        return Page();
    }

    private void CheckStandInHash()
    {
        var standIn = new AppUser();
        _standInHash ??= users.PasswordHasher.HashPassword(standIn, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(standIn, _standInHash, Input.Password);
    }

    /// <summary>A local URL as a Location header can carry it: anything outside printable ASCII percent-encoded as UTF-8.</summary>
    private static string EscapeNonAscii(string url)
    {
        var escaped = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "EmailRequired")]
        [EmailAddress(ErrorMessage = "EmailInvalid")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "PasswordRequired")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
