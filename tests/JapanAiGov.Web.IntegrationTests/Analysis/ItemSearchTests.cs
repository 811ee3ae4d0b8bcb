using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class ItemSearchTests
{
    [Theory]
    [InlineData("個人情報")]
    [InlineData("個人")]
    [InlineData("yomiuri")]
    [InlineData("METI annexes")]
    [InlineData("\"low-risk research\"")]
    [InlineData("e-gov.go.jp")]
    [InlineData("AI")]
    [InlineData("nothing-matches-this")]
    public async Task PortableSearch_AnswersLikeTheSqliteIndex(string text)
    {
        await using var app = new JapanAiGovFactory();

        var (indexed, portable) = await app.WithDbAsync(async db =>
        {
            var query = SearchQuery.Parse(text);
            var fromIndex = await new SqliteItemSearch(db).FindItemIdsAsync(query, CancellationToken.None);
            var fromLinq = await new PortableItemSearch(db).FindItemIdsAsync(query, CancellationToken.None);
            return (fromIndex.Order().ToList(), fromLinq.Order().ToList());
        });

        Assert.Equal(indexed, portable);
    }

    [Fact]
    public async Task SqliteSearch_EmptyQuery_FindsNothingWithoutTouchingTheDatabase()
    {
        await using var app = new JapanAiGovFactory();

        var ids = await app.WithDbAsync(db => new SqliteItemSearch(db).FindItemIdsAsync(SearchQuery.Empty, CancellationToken.None));

        Assert.Empty(ids);
    }
}
