using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Tests.Infrastructure;

public sealed class MarkdownRendererTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.ToHtml(markdown).Value + "</body>");

    [Fact]
    public void ToHtml_WithScriptTag_RendersItAsText()
    {
        var document = Render("Hello <script>alert('x')</script> world");

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert('x')</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_WithImgOnerror_RendersNoElementWithHandler()
    {
        var document = Render("<img src=x onerror=alert(1)>\n\n![pic](x \"t\")");

        Assert.DoesNotContain(document.All, e => e.HasAttribute("onerror"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void ToHtml_WithUnsafeLink_RendersNoLink(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("script:", StringComparison.OrdinalIgnoreCase) || a.Value.StartsWith("data:", StringComparison.Ordinal)));
    }

    [Fact]
    public void ToHtml_WithUnsafeImage_RendersNoImage()
    {
        var document = Render("![alt text](javascript:alert(1))");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("alt text", document.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("<javascript:alert(1)>\n[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))\n<javascript:alert(1)>")]
    [InlineData("<javascript:alert(1)>\n\n[x](&#106;avascript:alert(1))")]
    [InlineData("<vbscript:x>\n[y](&#x6A;avascript:alert(1) \"t\")\n![z](&#106;avascript:alert(1))")]
    public void ToHtml_WithUnsafeAutolinkAndEncodedLinkTogether_RendersNoLiveLink(string markdown)
    {
        var document = Render(markdown);

        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("script:", StringComparison.OrdinalIgnoreCase)));
        var beforeSanitizer = new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.RenderWithSafeLinks(markdown) + "</body>");
        Assert.DoesNotContain(beforeSanitizer.All, e => e.Attributes.Any(a => a.Value.Contains("script:", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ToHtml_WithAnyMixOfHostileFragments_KeepsOnlyMarkdownElementsAndSafeUrls()
    {
        var fragments = Gen.OneOf(
            Gen.Const("<javascript:alert(1)>"), Gen.Const("[x](&#106;avascript:alert(1))"), Gen.Const("![i](javascript:x)"),
            Gen.Const("[ok](https://www.meti.go.jp/)"), Gen.Const("<https://e-gov.go.jp>"), Gen.Const("<img src=x onerror=alert(1)>"),
            Gen.Const("**b**"), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("- "), Gen.Const("| a | b |\n|---|---|\n| c | d |"),
            Gen.Const("`code`"), Gen.Const("> quote"), Gen.Const("[r]: javascript:alert(1)\n[r]"), Gen.Const("<a href=\"javascript:x\">a</a>"),
            Gen.String[0, 8]);
        fragments.Array[1, 12].Select(parts => string.Concat(parts)).Sample(markdown =>
        {
            var document = Render(markdown);

            foreach (var element in document.Body!.Descendants<IElement>())
            {
                Assert.Contains(element.LocalName, AllowedElements);
                foreach (var attribute in element.Attributes)
                {
                    Assert.Contains(attribute.Name, AllowedAttributes);
                    if (attribute.Name is "href" or "src")
                    {
                        Assert.True(MarkdownRenderer.IsSafeUrl(attribute.Value), attribute.Value);
                    }
                }
            }
        });
    }

    [Fact]
    public void ToHtmlAndToPlainText_SameHostileTextAgainAndFromSeveralThreads_GiveTheFirstRenderingEveryTime()
    {
        // Renderings are cached by text: a hit, or a race to fill the cache, must never return another text's HTML.
        var fragments = Gen.OneOf(
            Gen.Const("<javascript:alert(1)>"), Gen.Const("[ok](https://www.meti.go.jp/)"), Gen.Const("<img src=x onerror=alert(1)>"),
            Gen.Const("**個人情報**"), Gen.Const("\n\n"), Gen.Const("- "), Gen.String[0, 8]);
        fragments.Array[1, 8].Select(parts => string.Concat(parts)).Sample(markdown =>
        {
            // Both kinds of rendering of the same texts, interleaved: the plain text of a text is never its HTML.
            var texts = new[] { markdown, markdown + "x", "x" + markdown };
            var renderings = new Func<string, string>[] { t => MarkdownRenderer.ToHtml(t).ToString(), MarkdownRenderer.ToPlainText };
            var first = texts.SelectMany(t => renderings.Select(render => render(t))).ToArray();
            var again = new string[24];
            Parallel.For(0, again.Length, i => again[i] = renderings[i % 2](texts[(i / 2) % texts.Length]));
            for (var i = 0; i < again.Length; i++)
            {
                Assert.Equal(first[i % first.Length], again[i]);
            }
        });
    }

    private static readonly string[] AllowedElements =
        ["p", "br", "strong", "em", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img",
         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"];

    private static readonly string[] AllowedAttributes = ["href", "rel", "title", "src", "alt", "start", "style", "class", "align"];

    [Theory]
    [InlineData("[e-Gov](https://laws.e-gov.go.jp/)", "https://laws.e-gov.go.jp/")]
    [InlineData("<https://www.meti.go.jp/>", "https://www.meti.go.jp/")]
    [InlineData("[item](/items/pipa)", "/items/pipa")]
    public void ToHtml_WithSafeLink_AddsNoopenerNofollow(string markdown, string href)
    {
        var link = Assert.Single(Render(markdown).QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public void ToHtml_WithEmphasisAndLists_RendersMarkdown()
    {
        var document = Render("**bold** text\n\n- one\n- two");

        Assert.Equal("bold", document.QuerySelector("strong")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
    }
}
