using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>Logs, once at start, what <see cref="OneClickUnsubscribeCheck"/> reports, so an operator sees it without polling health.</summary>
public sealed class OneClickUnsubscribeWarning(IOptions<AppOptions> app, IHostEnvironment environment, ILogger<OneClickUnsubscribeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (OneClickUnsubscribeCheck.Problem(app.Value, environment) is { } problem)
        {
            logger.LogWarning("{Problem} Set App__PublicBaseUrl to the public https address (now {PublicBaseUrl}); /health/ready reports Degraded until then.", problem, app.Value.PublicBaseUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
