using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Tests.Caching;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class SearchResultsMemoTests : IDisposable
{
    private readonly PublicContentVersion _version = new();
    private readonly SearchResultsMemo _memo;
    private int _searches;

    public SearchResultsMemoTests() => _memo = new SearchResultsMemo(_version);

    public void Dispose() => _memo.Dispose();

    private Task<IReadOnlyList<int>> FindAsync(string text, params int[] ids) =>
        _memo.GetAsync(SearchQuery.Parse(text), _ => { _searches++; return Task.FromResult(ids.ToList()); }, CancellationToken.None);

    [Fact]
    public async Task SameTerms_SameGeneration_SearchOnce()
    {
        var first = await FindAsync("governance", 1, 2, 3);
        var again = await FindAsync("  governance ", 9);

        Assert.Equal([1, 2, 3], first);
        Assert.Same(first, again);
        Assert.Equal(1, _searches);
    }

    [Fact]
    public async Task OtherTerms_AreSearchedApart()
    {
        var governance = await FindAsync("governance", 1);
        var privacy = await FindAsync("個人情報", 2);
        var both = await FindAsync("governance 個人情報", 3);

        Assert.Equal([1], governance);
        Assert.Equal([2], privacy);
        Assert.Equal([3], both);
        Assert.Equal(3, _searches);
    }

    [Fact]
    public async Task AfterAWrite_SearchesAgain()
    {
        await FindAsync("governance", 1);

        await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None);
        var after = await FindAsync("governance", 1, 2);

        Assert.Equal([1, 2], after);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task WriteDuringTheSearch_TheNextCallerSearchesAgain()
    {
        var during = await _memo.GetAsync(
            SearchQuery.Parse("governance"),
            async cancellationToken =>
            {
                _searches++;
                await _version.AdvanceAsync(new NullOutputCacheStore(), cancellationToken);
                return [1];
            },
            CancellationToken.None);
        var next = await FindAsync("governance", 1, 2);

        Assert.Equal([1], during);
        Assert.Equal([1, 2], next);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task ResultsBeyondTheLimit_AreNotKept_SmallerOnesAre()
    {
        using var memo = new SearchResultsMemo(_version, idsLimit: 10);
        var searches = 0;
        Task<IReadOnlyList<int>> FindAsync(string text, int count) =>
            memo.GetAsync(SearchQuery.Parse(text), _ => { searches++; return Task.FromResult(Enumerable.Range(1, count).ToList()); }, CancellationToken.None);

        await FindAsync("large", 8);
        await FindAsync("too large", 8); // 8 + 8 ids would pass the limit of 10: not kept
        await FindAsync("large", 8);
        await FindAsync("too large", 8);

        Assert.Equal(3, searches);
    }

    [Fact]
    public async Task ParallelSearchesAndWrites_NoCallerGetsAResultOlderThanTheLastWriteBeforeItsCall()
    {
        // Each search answers with the generation it ran at as its one id.
        var callers = Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                if ((caller + i) % 25 == 0)
                {
                    await _version.AdvanceAsync(new NullOutputCacheStore(), CancellationToken.None);
                }

                var generationAtCall = _version.Generation;
                var ids = await _memo.GetAsync(
                    SearchQuery.Parse(i % 2 == 0 ? "governance" : "個人情報"),
                    async _ =>
                    {
                        var ranAt = (int)_version.Generation;
                        await Task.Yield();
                        return [ranAt];
                    },
                    CancellationToken.None);
                Assert.True(ids[0] >= generationAtCall, $"searched at generation {ids[0]}, called at {generationAtCall}");
            }
        }));

        await Task.WhenAll(callers);
    }
}
