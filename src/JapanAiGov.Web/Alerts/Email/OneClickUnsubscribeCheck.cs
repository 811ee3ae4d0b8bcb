using System.Net;
using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// RFC 8058 one-click unsubscribe needs an https List-Unsubscribe URL that mail providers can reach. In Production
/// a plain-http or loopback App:PublicBaseUrl is reported on /health/ready as Degraded (and logged at start by
/// <see cref="OneClickUnsubscribeWarning"/>); the app still runs, because loopback setups and checks use it.
/// </summary>
public sealed class OneClickUnsubscribeCheck(IOptions<AppOptions> app, IHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Problem(app.Value, environment) is { } problem ? HealthCheckResult.Degraded(problem) : HealthCheckResult.Healthy());

    /// <summary>What is wrong with the public URL for one-click unsubscribe in this environment, or null.</summary>
    public static string? Problem(AppOptions app, IHostEnvironment environment)
    {
        if (!environment.IsProduction() || !Uri.TryCreate(app.PublicBaseUrl, UriKind.Absolute, out var url))
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "App:PublicBaseUrl is not https, so one-click unsubscribe links (RFC 8058) will not be honoured by mail providers.";
        }

        return IsLocal(url)
            ? "App:PublicBaseUrl points at a loopback or localhost address, so links in emails and feeds cannot be reached by their readers."
            : null;
    }

    private static bool IsLocal(Uri url) =>
        url.IsLoopback
        || url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || url.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
