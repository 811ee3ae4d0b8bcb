using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Renders editor-written Markdown safely: raw HTML is shown as text, links get rel="noopener nofollow",
/// and a link or image whose URL is not http(s), mailto or relative (javascript:, data:, vbscript: ...) is
/// rendered as its plain text instead. As a second line of defence the HTML then passes an allow-list sanitizer
/// that keeps only the elements and attributes Markdown produces.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        // Japanese: **「高影響」** is bold (CommonMark's flanking rules leave it as asterisks), and a line break between
        // two Japanese characters is no space.
        .UseCjkFriendlyEmphasis()
        .Use<CjkLineBreaks>()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>
    /// Recent renderings by kind and source text, about 8 MB of characters at most: an item page renders the same two
    /// fields on every request (parsing, rendering and sanitizing them was a tenth of its time), and a search page the
    /// plain text of fifty items' fields for its snippets. Keyed by the text itself, so an edit is simply a new key.
    /// </summary>
    private static readonly MemoryCache Rendered = new(new MemoryCacheOptions { SizeLimit = 4 * 1024 * 1024 });

    public static HtmlString ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? HtmlString.Empty
            : Remember(RenderingKind.Html, markdown, text => new HtmlString(Sanitize(RenderWithSafeLinks(text))), html => html.Value!.Length);

    /// <summary>The first line of defence alone: Markdown to HTML with unsafe links and images turned into text.</summary>
    internal static string RenderWithSafeLinks(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);

        // Collect every link and autolink before changing the tree: after Unwrap moves a link's children, Markdig's
        // Descendants() no longer reaches inlines earlier in the paragraph, so a second search for autolinks missed
        // "<javascript:...>" on the line before an unsafe [x](...) link and left it live.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links)
        {
            if (IsSafeUrl(link.Url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener nofollow");
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in autolinks)
        {
            if (IsSafeUrl(autolink.Url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener nofollow");
            }
            else
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The second line of defence alone: only the elements, attributes and URLs Markdown produces stay.</summary>
    internal static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>Plain text of the Markdown, for search snippets, feeds and emails.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? string.Empty
            : Remember(RenderingKind.PlainText, markdown, text => Markdown.ToPlainText(text, Pipeline).Trim(), plain => plain.Length);

    private static T Remember<T>(RenderingKind kind, string markdown, Func<string, T> render, Func<T, int> length)
        where T : class
    {
        var key = (kind, markdown);
        if (Rendered.TryGetValue(key, out T? rendering))
        {
            return rendering!;
        }

        // What SafeText forbids (an old row's control or bidirectional override) never reaches the rendering.
        rendering = render(SafeText.MultiLine(markdown));
        return Rendered.Set(key, rendering, new MemoryCacheEntryOptions { Size = markdown.Length + length(rendering) });
    }

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge the URL without them.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (Uri.TryCreate(compact, UriKind.Absolute, out var uri) && !compact.StartsWith('/'))
        {
            return uri.Scheme is "http" or "https" or "mailto";
        }

        // Relative: no scheme before the first '/', '?' or '#'.
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var end = compact.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (end >= 0 && end < colon);
    }

    /// <summary>Exactly what this pipeline emits: CommonMark blocks and inlines, pipe tables, emphasis extras.</summary>
    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(
        [
            "p", "br", "strong", "em", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote", "ul", "ol", "li",
            "a", "img", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
        ]);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(["href", "rel", "title", "src", "alt", "start", "style", "class"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedCssProperties.Add("text-align");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = IsSafeUrl(e.OriginalUrl) ? e.SanitizedUrl : null;
        return sanitizer;
    }

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            // Without copyChildren: false, ReplaceBy also moves the image's children (the alt text) after the literal.
            link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            return;
        }

        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private enum RenderingKind
    {
        Html,
        PlainText,
    }
}
