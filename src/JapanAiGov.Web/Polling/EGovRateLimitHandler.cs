namespace JapanAiGov.Web.Polling;

/// <summary>Sits inside the resilience handler, so every attempt (retries included) waits its turn.</summary>
internal sealed class EGovRateLimitHandler(EGovRequestPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
