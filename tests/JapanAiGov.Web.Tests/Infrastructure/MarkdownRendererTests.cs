using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Tests.Infrastructure;

public sealed class MarkdownRendererTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) => Parse(MarkdownRenderer.ToHtml(markdown).Value!);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>");

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

    [Fact]
    public void ToPlainText_DropsTheMarkup_AndNothingGivesEmpty()
    {
        Assert.Equal("PIPA amendment and METI annex", MarkdownRenderer.ToPlainText("**PIPA** amendment and [METI annex](https://www.meti.go.jp/)"));
        Assert.Equal(string.Empty, MarkdownRenderer.ToPlainText(null));
        Assert.Equal(string.Empty, MarkdownRenderer.ToPlainText(" \n "));
    }

    [Fact]
    public void SameText_IsRenderedOnce()
    {
        const string Markdown = "**Cached** rendering of [a link](https://laws.e-gov.go.jp/)";

        Assert.Same(MarkdownRenderer.ToHtml(Markdown), MarkdownRenderer.ToHtml(Markdown));
        Assert.Same(MarkdownRenderer.ToPlainText(Markdown), MarkdownRenderer.ToPlainText(Markdown));
    }

    [Fact]
    public void Sanitize_KeepsEverythingThePipelineEmits()
    {
        // If the second line of defence dropped any of these, some ordinary Markdown would lose its formatting.
        string[] tableParts = ["table", "thead", "tbody", "tr", "th", "td"];
        var kept = Parse(MarkdownRenderer.Sanitize(string.Concat(AllowedElements.Except(tableParts).Select(tag => $"<{tag}>{tag}</{tag}>")) +
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>" +
            "<ol start=\"3\"><li>x</li></ol><a href=\"https://a.example/\" rel=\"noopener nofollow\" title=\"t\">l</a>" +
            "<a href=\"http://b.example/\">h</a><a href=\"mailto:editors@example.org\">m</a><a href=\"/items/pipa\">r</a>" +
            "<img src=\"https://a.example/i.png\" alt=\"alt\" title=\"t\"><table><tr><th style=\"text-align: right\">r</th></tr></table>" +
            "<code class=\"language-cs\">c</code>"));

        Assert.All(AllowedElements, tag => Assert.NotEmpty(kept.Body!.GetElementsByTagName(tag)));
        Assert.Equal("3", kept.QuerySelector("ol[start]")!.GetAttribute("start"));
        Assert.Equal(
            ["https://a.example/", "http://b.example/", "mailto:editors@example.org", "/items/pipa"],
            kept.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!));
        Assert.Equal("noopener nofollow", kept.QuerySelector("a[rel]")!.GetAttribute("rel"));
        Assert.NotNull(kept.QuerySelector("a[title=t]"));
        Assert.NotNull(kept.QuerySelector("img[src='https://a.example/i.png'][alt=alt][title=t]"));
        Assert.Contains("text-align", kept.QuerySelector("th[style]")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.NotNull(kept.QuerySelector("code.language-cs"));
    }

    [Fact]
    public void Sanitize_RemovesWhatThePipelineNeverEmits()
    {
        var html = MarkdownRenderer.Sanitize(
            "<div><span>s</span><u>u</u><script>alert(1)</script><iframe src=\"https://a.example/\"></iframe></div>" +
            "<p style=\"color: red; text-align: left\" data-x=\"1\" onclick=\"alert(1)\" id=\"i\" lang=\"ja\" width=\"9\">p</p>" +
            "<a href=\"javascript:alert(1)\">j</a><a href=\"1a:b\">c</a><a href=\"ftp://a.example/\">f</a>" +
            "<style>@import url(x);</style>");
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("div, span, u, script, iframe, style"));
        var paragraph = document.QuerySelector("p")!;
        Assert.DoesNotContain("color", paragraph.GetAttribute("style") ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(paragraph.GetAttribute("data-x"));
        Assert.Null(paragraph.GetAttribute("onclick"));
        Assert.Equal(["style"], paragraph.Attributes.Select(a => a.Name));
        Assert.Empty(document.QuerySelectorAll("a[href]"));
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeLink_KeepsItsTextAndFormatting_UnsafeImage_KeepsItsAltAsPlainText()
    {
        var link = Render("See [**the** annex](javascript:alert(1)) now.");
        var image = Render("See ![**the** chart](javascript:alert(1)) now.");

        Assert.Empty(link.QuerySelectorAll("a"));
        Assert.Equal("See the annex now.", link.Body!.TextContent.Trim());
        Assert.Equal("the", link.QuerySelector("strong")!.TextContent);
        Assert.Empty(image.QuerySelectorAll("img, strong"));
        Assert.Equal("See the chart now.", image.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://laws.e-gov.go.jp/", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("mailto:editors@example.org", true)]
    [InlineData("/items/pipa", true)]
    [InlineData("/1a:b", true)]
    [InlineData("x/1a:b", true)]
    [InlineData("?q=a:b", true)]
    [InlineData("https\u0001://example.org/", true)]
    [InlineData("1a:b/c", false)]
    [InlineData(":x", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("java\u0001script:alert(1)", false)]
    public void IsSafeUrl_JudgesTheUrlAsABrowserWouldReadIt(string? url, bool safe)
    {
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));
    }
}
