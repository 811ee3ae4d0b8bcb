using AngleSharp.Html.Parser;
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
        Assert.Contains("alt text", document.Body!.TextContent, StringComparison.Ordinal);
    }

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
