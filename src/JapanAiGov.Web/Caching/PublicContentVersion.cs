using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// The generation of public content this instance knows of. It is part of every cached page's key, so a page rendered
/// from data read before a write can never be served after it, even when its request finished (and stored it) after
/// the write's eviction.
/// </summary>
public sealed class PublicContentVersion
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Called once a write has committed: every page rendered so far is out of date, and its memory is freed.</summary>
    public async ValueTask AdvanceAsync(IOutputCacheStore store, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
    }
}
