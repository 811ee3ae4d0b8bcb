using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// Sign-in attempts are limited per account and client address (issue 25, point 9): a colleague's typos behind the same
/// office address never hold anyone else back. On top of that, one address is limited across all accounts with a
/// higher cap (one client cannot try a password against many accounts), and each account has Identity's lockout
/// (5 failures, 15 minutes). Over a limit the answer is 429 with <c>Retry-After</c>, and the error page states the real
/// wait (<see cref="Infrastructure.RateLimitWait"/>).
/// </summary>
public static class SignInThrottle
{
    public const string PolicyName = "sign-in";

    /// <summary>Attempts per account and address in a <see cref="Window"/>.</summary>
    public const int PermitLimit = 10;

    /// <summary>Attempts per address across all accounts in a <see cref="Window"/>: an office of editors signing in at once.</summary>
    public const int AddressPermitLimit = 50;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The longest account name a partition is keyed on (an address is at most 254 characters).</summary>
    private const int AccountKeyMaxLength = 256;

    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                Address(context) + "\n" + Account(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read"));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetFixedWindowLimiter(
                Address(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = AddressPermitLimit, Window = Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    /// <summary>
    /// Reads a sign-in POST's form before the rate limiter, which partitions synchronously on the account in it; the
    /// page then binds from the same buffered form. After routing (the endpoint names the policy), before the limiter.
    /// </summary>
    public static IApplicationBuilder UseSignInThrottle(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PolicyName;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The account named in the form, as Identity compares it (trimmed, case-insensitive); empty when there is none.</summary>
    private static string Account(HttpContext context)
    {
        var email = context.Request.HasFormContentType && context.Request.Form.TryGetValue("Input.Email", out var value) ? value.ToString().Trim() : string.Empty;
        return (email.Length > AccountKeyMaxLength ? email[..AccountKeyMaxLength] : email).ToUpperInvariant();
    }
}
