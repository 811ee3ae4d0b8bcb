using JapanAiGov.Web.Analysis;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class SearchHighlighterTests
{
    [Theory]
    [InlineData("PIPA amendment", new[] { "pipa" }, "<mark>PIPA</mark> amendment")]
    [InlineData("個人情報の保護に関する法律", new[] { "個人情報" }, "<mark>個人情報</mark>の保護に関する法律")]
    [InlineData("<b>AI</b> & law", new[] { "ai" }, "&lt;b&gt;<mark>AI</mark>&lt;/b&gt; &amp; law")]
    [InlineData("abcabc", new[] { "bc", "abc" }, "<mark>abcabc</mark>")]
    [InlineData("low-risk research", new[] { "risk", "k re" }, "low-<mark>risk re</mark>search")]
    [InlineData("nothing here", new[] { "zzz" }, "nothing here")]
    [InlineData("a \"quoted\" word", new[] { "quoted" }, "a &quot;<mark>quoted</mark>&quot; word")]
    public void Highlight_EncodesThenMarks(string text, string[] terms, string expected)
    {
        Assert.Equal(expected, Render(SearchHighlighter.Highlight(text, terms)));
    }

    [Fact]
    public void Highlight_TermThatIsMarkup_NeverProducesMarkup()
    {
        var html = Render(SearchHighlighter.Highlight("<script>x</script>", ["<script>", "script"]));

        Assert.Equal("<mark>&lt;script&gt;</mark>x&lt;/<mark>script</mark>&gt;", html);
    }

    [Fact]
    public void Snippet_TakesTheFirstTextWithAMatchAroundIt()
    {
        var long1 = new string('x', 200) + " 個人情報 " + new string('y', 300);

        var snippet = SearchHighlighter.Snippet([null, "no match here", long1, "個人情報 later"], ["個人情報"])!;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("個人情報", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 220);
        Assert.Null(SearchHighlighter.Snippet(["nothing"], ["個人情報"]));
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
