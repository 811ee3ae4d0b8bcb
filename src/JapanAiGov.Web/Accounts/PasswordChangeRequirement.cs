using System.Security.Claims;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// After an admin resets an account's password, the account holds this claim until its owner chooses a new password:
/// every /admin page sends them to /account/password first.
/// </summary>
public static class PasswordChangeRequirement
{
    public const string ClaimType = "japanaigov:password-change-required";

    public const string PasswordPage = "/account/password";

    public static Claim Claim => new(ClaimType, "true");

    public static IApplicationBuilder UsePasswordChangeRequirement(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == ClaimType) && context.Request.Path.StartsWithSegments("/admin"))
            {
                context.Response.Redirect(PasswordPage);
                return Task.CompletedTask;
            }

            return next(context);
        });
}
