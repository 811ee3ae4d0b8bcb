using JapanAiGov.Web.Caching;

namespace JapanAiGov.Web.Tests.Caching;

public sealed class PublicContentVersionTests
{
    private readonly PublicContentVersion _version = new();

    [Fact]
    public async Task AdvanceAsync_RenderAhead_SeesTheNextGenerationWhileReadersKeepThePrevious()
    {
        long seenByRender = -1, seenByReaderDuringRender = -1;

        await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None, next => PublicContentVersion.RenderForAsync(next, async () =>
        {
            await Task.Yield();
            seenByRender = _version.Generation;
            seenByReaderDuringRender = await OutsideTheRender(() => Task.FromResult(_version.Generation));
        }));

        Assert.Equal(1, seenByRender);
        Assert.Equal(0, seenByReaderDuringRender);
        Assert.Equal(1, _version.Generation);
    }

    [Fact]
    public async Task AdvanceAsync_DropsThePagesOfEveryOlderGenerationOnce_NotTheNewOnes()
    {
        var store = new RecordingOutputCacheStore();

        await _version.AdvanceAsync(store, CancellationToken.None);
        await _version.AdvanceAsync(store, CancellationToken.None, _ => Task.CompletedTask);

        Assert.Equal([PublicContentVersion.TagFor(0), PublicContentVersion.TagFor(1)], store.Evicted);
    }

    [Fact]
    public async Task GenerationMemo_ValueReadAheadForTheNextGeneration_IsNotReplacedByAnOlderReader()
    {
        var memo = new GenerationMemo<string>(_version);
        var reads = 0;
        await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None, next => PublicContentVersion.RenderForAsync(next, async () =>
        {
            _ = await memo.GetAsync(_ => Task.FromResult("ahead " + ++reads), CancellationToken.None);
            _ = await OutsideTheRender(() => memo.GetAsync(_ => Task.FromResult("older " + ++reads), CancellationToken.None).AsTask());
        }));

        var value = await memo.GetAsync(_ => Task.FromResult("again " + ++reads), CancellationToken.None);

        Assert.Equal("ahead 1", value);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task GenerationKeyedMemo_ReadsOncePerKeyAndGeneration()
    {
        var memo = new GenerationKeyedMemo<int, string>(_version);
        var reads = 0;
        Task<string> ReadAsync(int key, CancellationToken _) => Task.FromResult($"{key}:{_version.Generation}:{++reads}");

        var first = await memo.GetAsync(1, ReadAsync, CancellationToken.None);
        var again = await memo.GetAsync(1, ReadAsync, CancellationToken.None);
        var other = await memo.GetAsync(2, ReadAsync, CancellationToken.None);
        await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None);
        var afterWrite = await memo.GetAsync(1, ReadAsync, CancellationToken.None);

        Assert.Equal("1:0:1", first);
        Assert.Same(first, again);
        Assert.Equal("2:0:2", other);
        Assert.Equal("1:1:3", afterWrite);
    }

    [Fact]
    public async Task GenerationKeyedMemo_WriteDuringTheRead_TheNextCallerReadsAgain()
    {
        var memo = new GenerationKeyedMemo<int, string>(_version);
        var reads = 0;

        var during = await memo.GetAsync(1, async (key, cancellationToken) =>
        {
            await _version.AdvanceAsync(new NullOutputCacheStore(), cancellationToken);
            return "during " + ++reads;
        }, CancellationToken.None);
        var next = await memo.GetAsync(1, (_, _) => Task.FromResult("next " + ++reads), CancellationToken.None);

        Assert.Equal("during 1", during);
        Assert.Equal("next 2", next);
    }

    /// <summary>A reader on its own flow (a request), not the render's.</summary>
    private static Task<T> OutsideTheRender<T>(Func<Task<T>> work)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(work);
        }
    }
}
