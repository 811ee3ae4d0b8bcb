using JapanAiGov.Web.Caching;

namespace JapanAiGov.Web.Tests.Caching;

public sealed class GenerationMemoTests
{
    private readonly PublicContentVersion _version = new();

    private sealed record Read(long Generation, int Number);

    [Fact]
    public async Task SameGeneration_ReadsOnce()
    {
        var memo = new GenerationMemo<Read>(_version);
        var reads = 0;

        var values = new List<Read>();
        for (var i = 0; i < 5; i++)
        {
            values.Add(await memo.GetAsync(_ => Task.FromResult(new Read(_version.Generation, ++reads)), CancellationToken.None));
        }

        Assert.Equal(1, reads);
        Assert.All(values, value => Assert.Same(values[0], value));
    }

    [Fact]
    public async Task AfterAWrite_ReadsAgain()
    {
        var memo = new GenerationMemo<Read>(_version);
        var reads = 0;
        Task<Read> ReadAsync(CancellationToken _) => Task.FromResult(new Read(_version.Generation, ++reads));
        var before = await memo.GetAsync(ReadAsync, CancellationToken.None);

        await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None);
        var after = await memo.GetAsync(ReadAsync, CancellationToken.None);
        var again = await memo.GetAsync(ReadAsync, CancellationToken.None);

        Assert.Equal(1, before.Number);
        Assert.Equal(2, after.Number);
        Assert.Same(after, again);
    }

    [Fact]
    public async Task WriteDuringTheRead_TheNextCallerReadsAgain()
    {
        var memo = new GenerationMemo<Read>(_version);
        var reads = 0;

        // The first read sees the data before a write that commits while it runs: it must not outlive that write.
        var during = await memo.GetAsync(
            async cancellationToken =>
            {
                var read = new Read(_version.Generation, ++reads);
                await _version.AdvanceAsync(new NullOutputCacheStore(), cancellationToken);
                return read;
            },
            CancellationToken.None);
        var next = await memo.GetAsync(_ => Task.FromResult(new Read(_version.Generation, ++reads)), CancellationToken.None);

        Assert.Equal(1, during.Number);
        Assert.Equal(2, next.Number);
        Assert.Equal(_version.Generation, next.Generation);
    }

    [Fact]
    public async Task ParallelReadersAndWriters_NoReaderGetsDataOlderThanTheLastWriteBeforeItsCall()
    {
        var memo = new GenerationMemo<Read>(_version);
        var store = new NullOutputCacheStore();
        var reads = 0;

        var callers = Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                if ((caller + i) % 50 == 0)
                {
                    await _version.AdvanceAsync(store, CancellationToken.None);
                }

                var generationAtCall = _version.Generation;
                var value = await memo.GetAsync(
                    async _ =>
                    {
                        var read = new Read(_version.Generation, Interlocked.Increment(ref reads));
                        await Task.Yield();
                        return read;
                    },
                    CancellationToken.None);
                Assert.True(value.Generation >= generationAtCall, $"read at generation {value.Generation}, called at {generationAtCall}");
            }
        }));
        await Task.WhenAll(callers);

        Assert.InRange(reads, 2, (16 * 200) / 2); // 64 writes among 3,200 calls: most calls are answered from memory
    }
}
