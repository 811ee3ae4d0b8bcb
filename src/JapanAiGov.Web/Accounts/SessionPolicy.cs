using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// How long a sign-in lasts and when it ends. Every request checks the account's security stamp in the database, so
/// signing out (which changes the stamp), a password change, a forced reset, disabling an account or changing its role
/// ends every copy of the cookie at once. A session also ends <see cref="AbsoluteLifetime"/> after sign-in however busy
/// it is, and after <see cref="IdleTimeout"/> without a request.
/// </summary>
public static class SessionPolicy
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    /// <summary>The sign-in time, kept in the cookie's properties across sliding renewals and refreshes.</summary>
    private const string SignedInAtKey = ".signedInAt";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SignedInAtKey, Now(context.Options).ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : context.Properties.IssuedUtc;
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AppUser>>();
        if (signedInAt is null || Now(context.Options) - signedInAt > AbsoluteLifetime
            || context.Principal is null || await signIn.ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
}
