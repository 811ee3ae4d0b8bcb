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
                    // The size limit is enforced while the (decompressed) body is read, not after.
                    var limit = request.Options.TryGetValue(HttpBodyLimit.Key, out var set) ? set : HttpBodyLimit.Default;
                    await HttpBodyLimit.BufferAsync(response, limit, token);

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
