using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>An editor or admin account. Analysts read without one.</summary>
public sealed class AppUser : IdentityUser, IPrivateBookkeeping
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>Shown publicly on status history instead of the email address.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
