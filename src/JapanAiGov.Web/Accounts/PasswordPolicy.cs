using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// Refuses passwords an attacker would try first, beyond Identity's length rule: common and breached ones, keyboard
/// walks, sequences and dates (zxcvbn's estimate, with its shipped lists of common passwords, names and words), and any
/// password containing the site's name or the account's email. The admin page, the password page and the
/// <c>users add</c> command all go through <see cref="UserManager{TUser}"/>, so one rule holds everywhere.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const string SiteName = "japanaigov";

    /// <summary>zxcvbn's score 0–4; 3 means "safely unguessable: moderate protection from offline slow-hash scenario".</summary>
    public const int MinimumScore = 3;

    private static readonly ResourceText Text = new(typeof(PasswordPolicy));

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        var email = (user.Email ?? user.UserName ?? string.Empty).Trim().ToLowerInvariant();
        var localPart = email.Split('@')[0];
        if (Compact(lower).Contains(SiteName, StringComparison.Ordinal))
        {
            return Fail("ContainsSiteName");
        }

        if ((email.Length > 0 && lower.Contains(email, StringComparison.Ordinal)) || (localPart.Length >= 3 && lower.Contains(localPart, StringComparison.Ordinal)))
        {
            return Fail("ContainsEmail");
        }

        var score = Zxcvbn.Zxcvbn.MatchPassword(password, [SiteName, "japan", "aigov", email, localPart]).Score;
        return score < MinimumScore
            ? Fail("TooCommon")
            : Task.FromResult(IdentityResult.Success);
    }

    /// <summary>"Japan-AI gov" is still the site name.</summary>
    private static string Compact(string value) => new(value.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The refusal with its message in the current UI language (PasswordPolicy.resx / .ja.resx).</summary>
    private static Task<IdentityResult> Fail(string code) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = Text[code] }));
}
