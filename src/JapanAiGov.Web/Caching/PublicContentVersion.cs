using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// The generation of public content this instance knows of. It is part of every cached page's key, so a page rendered
/// from data read before a write can never be served after it, even when its request finished (and stored it) after
/// the write's eviction.
/// </summary>
public sealed class PublicContentVersion
{
    /// <summary>Set on the flow of a page rendered ahead for a generation not yet published (<see cref="AdvanceAsync"/>).</summary>
    private static readonly AsyncLocal<long?> RenderingFor = new();

    private readonly Lock _evicting = new();
    private long _generation;
    private long _reserved;
    private long _evictedBelow;

    /// <summary>The generation readers see; on a page rendered ahead of a write's publication, the one it renders for.</summary>
    public long Generation => RenderingFor.Value ?? Interlocked.Read(ref _generation);

    /// <summary>The output-cache tag of the pages of one generation.</summary>
    public static string TagFor(long generation) => "content-" + generation.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Called once a write has committed: every page rendered so far is out of date. <paramref name="renderAhead"/>, when
    /// given, renders pages for the next generation first (readers meanwhile get the previous pages from the cache);
    /// then the new generation is published and the older generations' pages are dropped, freeing their memory.
    /// </summary>
    public async ValueTask AdvanceAsync(IOutputCacheStore store, CancellationToken cancellationToken, Func<long, Task>? renderAhead = null)
    {
        var next = Interlocked.Increment(ref _reserved);
        if (renderAhead is not null)
        {
            await renderAhead(next);
        }

        var current = Interlocked.Read(ref _generation);
        while (current < next)
        {
            var seen = Interlocked.CompareExchange(ref _generation, next, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }

        long from, to;
        lock (_evicting)
        {
            from = _evictedBelow;
            to = Interlocked.Read(ref _generation);
            _evictedBelow = Math.Max(_evictedBelow, to);
        }

        for (var generation = from; generation < to; generation++)
        {
            await store.EvictByTagAsync(TagFor(generation), cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="render"/> as if <paramref name="generation"/> were published (its cache keys, its memos).</summary>
    public static async Task RenderForAsync(long generation, Func<Task> render)
    {
        RenderingFor.Value = generation;
        try
        {
            await render();
        }
        finally
        {
            RenderingFor.Value = null;
        }
    }
}
