using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// Identity's error messages (password length, duplicate account…) in the reader's language
/// (LocalizedIdentityErrors.resx / .ja.resx); the codes stay Identity's, so callers still switch on them.
/// </summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    private static readonly ResourceText Text = new(typeof(LocalizedIdentityErrors));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    private static IdentityError Error(string code, params object?[] arguments) => new() { Code = code, Description = Text.Format(code, arguments) };
}
