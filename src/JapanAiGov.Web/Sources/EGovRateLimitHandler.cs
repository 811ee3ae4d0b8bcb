namespace JapanAiGov.Web.Sources;

/// <summary>Sits inside the resilience handler, so every attempt (retries included) waits its turn; the turn lasts until the answer is read.</summary>
internal sealed class EGovRateLimitHandler(EGovRequestPacer pacer) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        pacer.InTurnAsync(
            async token =>
            {
                var response = await base.SendAsync(request, token);
                try
                {
                    await response.Content.LoadIntoBufferAsync(token);
                    return response;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            },
            cancellationToken);
}
