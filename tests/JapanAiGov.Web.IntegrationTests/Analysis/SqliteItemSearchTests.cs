using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

/// <summary>The shared search cases on SQLite (FTS5 trigram index, LIKE for 1–2 character terms).</summary>
public sealed class SqliteItemSearchTests(SqliteItemSearchTests.Corpus corpus) : ItemSearchContractTests(corpus), IClassFixture<SqliteItemSearchTests.Corpus>
{
    [Theory]
    [MemberData(nameof(Cases))]
    public Task Search_OnSqlite_FindsTheAgreedItems(string text, string expected) => AssertFindsAsync(text, expected, typeof(SqliteItemSearch));

    public sealed class Corpus : SearchCorpus
    {
        protected override Task<JapanAiGovFactory?> CreateAppAsync() => Task.FromResult<JapanAiGovFactory?>(new JapanAiGovFactory());
    }
}
