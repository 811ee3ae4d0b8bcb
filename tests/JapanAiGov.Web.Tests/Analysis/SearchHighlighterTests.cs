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

    [Fact]
    public void Highlight_NoText_IsEmpty()
    {
        Assert.Equal(string.Empty, Render(SearchHighlighter.Highlight(null, ["ai"])));
        Assert.Equal(string.Empty, Render(SearchHighlighter.Highlight(string.Empty, ["ai"])));
    }

    [Fact]
    public void FindMatches_GivesEachDisjointRangeWithItsOwnStartAndLength_AndSkipsEmptyTerms()
    {
        Assert.Equal([(2, 2), (6, 2)], SearchHighlighter.FindMatches("x ab, ab", ["", "AB"]));
        Assert.Equal([(2, 7)], SearchHighlighter.FindMatches("x ab cd ef", ["ab c", "cd", "d e"]));
        Assert.Empty(SearchHighlighter.FindMatches("x ab", [""]));
    }

    [Fact]
    public void Snippet_CentredOnTheFirstMatch_WithAnEllipsisOnlyWhereTextWasCut()
    {
        var before = string.Concat(Enumerable.Repeat("abcde ", 20)); // 120 characters
        var after = string.Concat(Enumerable.Repeat(" vwxyz", 40)); // 240 characters
        var text = before + "個人情報" + after;

        var middle = SearchHighlighter.Snippet([text], ["個人情報"]);
        var atStart = SearchHighlighter.Snippet(["個人情報 then a short tail"], ["個人情報"]);
        var atEnd = SearchHighlighter.Snippet(["a short head, then 個人情報"], ["個人情報"]);

        // 60 characters before the match and 140 after it, trimmed, with "…" where the text goes on.
        Assert.Equal("…" + (before[60..] + "個人情報" + after[..140]).Trim() + "…", middle);
        Assert.Equal("個人情報 then a short tail", atStart);
        Assert.Equal("a short head, then 個人情報", atEnd);
    }

    [Fact]
    public void Snippet_CutThroughASurrogatePair_NeverSplitsIt()
    {
        // "𝑨" (U+1D468) is two UTF-16 units; both cuts fall on its low half: the start moves back over the pair, the
        // end moves back before it.
        var head = "𝑨" + new string('a', 59);
        var tail = new string('b', 139) + "𝑨" + "cccc";
        var text = head + "term" + tail;

        var snippet = SearchHighlighter.Snippet([text], ["term"])!;

        Assert.Equal(head + "term" + new string('b', 139) + "…", snippet);
        Assert.DoesNotContain(snippet.EnumerateRunes(), r => r == System.Text.Rune.ReplacementChar);
    }

    [Fact]
    public void Snippet_TextStartingWithALoneLowSurrogate_StillGivesTheText()
    {
        // Garbage from a paste or a feed: nothing before it to join, and nothing to crash on.
        Assert.Equal("\uDC00 term", SearchHighlighter.Snippet(["\uDC00 term"], ["term"]));
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
