using System.Globalization;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// How long a refused (429) client has to wait, as the limiter that refused it knows it: sent as <c>Retry-After</c> and
/// kept on the request so the error page the 429 is re-executed into can state the real wait, not "about a minute".
/// </summary>
public static class RateLimitWait
{
    private static readonly object Key = new();

    public static void Record(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Items[Key] = TimeSpan.FromSeconds(seconds);
    }

    /// <summary>The wait recorded for this request by <see cref="Record"/>, if a limiter refused it.</summary>
    public static TimeSpan? Of(HttpContext context) => context.Items.TryGetValue(Key, out var value) && value is TimeSpan wait ? wait : null;
}
