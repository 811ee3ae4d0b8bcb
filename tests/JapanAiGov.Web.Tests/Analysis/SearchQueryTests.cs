using JapanAiGov.Web.Analysis;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("個人情報", new[] { "個人情報" })]
    [InlineData("METI  annex", new[] { "METI", "annex" })]
    [InlineData("個人情報\u3000METI", new[] { "個人情報", "METI" })]
    [InlineData("\"low-risk research\" PIPA", new[] { "low-risk research", "PIPA" })]
    [InlineData("「個人情報 保護」", new[] { "個人情報 保護" })]
    [InlineData("pipa PIPA Pipa", new[] { "pipa" })]
    [InlineData("\"unclosed phrase", new[] { "unclosed phrase" })]
    [InlineData("ab\"cd ef\"gh", new[] { "ab", "cd ef", "gh" })]
    [InlineData("ai\u0001act", new[] { "aiact" })]
    public void Parse_SplitsIntoTerms(string? text, string[] expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(text).Terms);
    }

    [Fact]
    public void Parse_VeryLongInput_IsCappedInLengthAndTerms()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "term" + i)));

        Assert.True(query.Text.Length <= SearchQuery.MaxLength);
        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
    }

    [Theory]
    [InlineData("個人", 2)]
    [InlineData("abc", 3)]
    [InlineData("𠮷野", 2)]
    public void CodePointLength_CountsCharactersAsTheTokenizerDoes(string term, int expected)
    {
        Assert.Equal(expected, SearchQuery.CodePointLength(term));
    }

    [Fact]
    public void Parse_Nothing_IsTheEmptyQuery()
    {
        var query = SearchQuery.Parse("  ");

        Assert.True(query.IsEmpty);
        Assert.Equal(string.Empty, query.Text);
        Assert.Same(SearchQuery.Empty, query);
    }

    [Theory]
    [InlineData("METI", "%METI%")]
    [InlineData("50%_a\\b", "%50\\%\\_a\\\\b%")]
    [InlineData("個人情報", "%個人情報%")]
    public void ContainsPattern_EscapesLikeWildcardsAndTheEscapeItself(string term, string expected)
    {
        Assert.Equal(expected, SearchQuery.ContainsPattern(term));
    }
}
