using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Tests.Caching;

/// <summary>An output-cache store that holds nothing and records which tags were evicted, in order.</summary>
internal sealed class RecordingOutputCacheStore : IOutputCacheStore
{
    public List<string> Evicted { get; } = [];

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Evicted.Add(tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
