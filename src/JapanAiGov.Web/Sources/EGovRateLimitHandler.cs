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
                    // A source that sets a limit has it enforced while the body is read, not after.
                    if (request.Options.TryGetValue(HttpBodyLimit.Key, out var limit))
                    {
                        await response.Content.LoadIntoBufferAsync(limit, token);
                    }
                    else
                    {
                        await response.Content.LoadIntoBufferAsync(token);
                    }

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
