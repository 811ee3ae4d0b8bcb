using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Puts the <see cref="PublicContentVersion"/> in a cached page's key and tags the page with it, from one reading of the
/// generation: a write drops the pages of the generations before it and nothing else (not the pages already rendered
/// ahead for the new one, <see cref="PageRenderer"/>).
/// </summary>
public sealed class ContentGenerationPolicy(PublicContentVersion version) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var generation = version.Generation;
        context.CacheVaryByRules.VaryByValues["content"] = generation.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(PublicContentVersion.TagFor(generation));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
