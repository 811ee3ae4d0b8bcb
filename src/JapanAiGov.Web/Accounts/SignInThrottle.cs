using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JapanAiGov.Web.Accounts;

/// <summary>
/// Sign-in attempts are limited per client address across all accounts, on top of the per-account lockout (5 failures,
/// 15 minutes): one client cannot try a password against many accounts. Over the limit, the answer is 429.
/// </summary>
public static class SignInThrottle
{
    public const string PolicyName = "sign-in";

    public const int PermitLimit = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static void Configure(RateLimiterOptions limiter) =>
        limiter.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read"));
}
