using System.Threading.RateLimiting;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Subscribe and confirm POSTs are limited per client address (each can trigger an email or a write); reading the
/// pages is not. Rejections get 429 with Retry-After, and the status-code page turns that into a friendly page.
/// </summary>
public static class AlertsRateLimiting
{
    public const string PolicyName = "alerts";

    public static void Configure(RateLimiterOptions limiter, AlertsOptions alerts)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                RateLimitWait.Record(context.HttpContext, retryAfter);
            }

            return ValueTask.CompletedTask;
        };
        limiter.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = alerts.RateLimitPermits, Window = alerts.RateLimitWindow, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read"));
    }
}
