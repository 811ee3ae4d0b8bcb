using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Tests.Caching;

/// <summary>An output-cache store that holds nothing: enough for <c>PublicContentVersion.AdvanceAsync</c>'s eviction.</summary>
internal sealed class NullOutputCacheStore : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
