using CsCheck;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Tests.Infrastructure;

/// <summary>Japanese Markdown: a wrapped line is not a space, and emphasis around 「」 works (issue 25 §4).</summary>
public sealed class MarkdownCjkTests
{
    private static readonly Gen<string> Japanese = Gen.String[Gen.OneOf(Gen.Char['\u3041', '\u3096'], Gen.Char['\u30A1', '\u30FA'], Gen.Char['\u4E00', '\u9FFF']), 1, 12];

    private static readonly Gen<string> Latin = Gen.String[Gen.Char['a', 'z'], 1, 12];

    [Fact]
    public void ToHtml_LineBreakBetweenJapaneseWords_IsNotASpace() =>
        Assert.Equal("<p>個人データを本人の同意なしにAIモデルの学習に使う</p>", Html("個人データを本人の同意なしに\nAIモデルの学習に使う"));

    [Fact]
    public void ToHtml_BoldAroundJapaneseQuotes_IsBold()
    {
        Assert.Equal("<p>基本計画の<strong>「高影響」</strong>区分</p>", Html("基本計画の**「高影響」**区分"));
        Assert.Equal("<p><em>The Register</em> は報じました。</p>", Html("*The Register* は報じました。"));
    }

    [Fact]
    public void ToHtml_AnyTwoJapaneseLines_JoinWithNothingBetween() =>
        Gen.Select(Japanese, Japanese).Sample((first, second) => Html(first + "\n" + second) == $"<p>{first}{second}</p>");

    [Fact]
    public void ToHtml_JapaneseOnOneSide_JoinsTheLines() =>
        Gen.Select(Japanese, Latin).Sample((japanese, latin) =>
            Html(japanese + "\n" + latin) == $"<p>{japanese}{latin}</p>" && Html(latin + "\n" + japanese) == $"<p>{latin}{japanese}</p>");

    [Fact]
    public void ToHtml_LatinOnBothSides_KeepsTheLineBreak() =>
        Gen.Select(Latin, Latin).Sample((first, second) => Html(first + "\n" + second) == $"<p>{first}\n{second}</p>");

    [Fact]
    public void ToPlainText_LineBreakBetweenJapaneseWords_IsNotASpace() =>
        Assert.Equal("同意なしに学習に使う", MarkdownRenderer.ToPlainText("同意なしに\n学習に使う"));

    [Fact]
    public void ToHtml_HardBreakAndParagraphs_AreKept()
    {
        Assert.Equal("<p>一行目<br>\n二行目</p>", Html("一行目  \n二行目"));
        Assert.Equal("<p>一段落</p>\n<p>二段落</p>", Html("一段落\n\n二段落"));
    }

    private static string Html(string markdown) => MarkdownRenderer.ToHtml(markdown).Value!.Trim();
}
