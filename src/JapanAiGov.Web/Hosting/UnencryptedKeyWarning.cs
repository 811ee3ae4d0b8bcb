using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.Hosting;

/// <summary>Logs, once at start, what <see cref="UnencryptedKeyCheck"/> reports, so an operator sees it without polling health.</summary>
public sealed class UnencryptedKeyWarning(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<UnencryptedKeyWarning> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await UnencryptedKeyCheck.ProblemAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), configuration, cancellationToken) is { } problem)
            {
                logger.LogWarning("{Problem} /health/ready reports Degraded until then.", problem);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not check whether the Data Protection keys are encrypted");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
