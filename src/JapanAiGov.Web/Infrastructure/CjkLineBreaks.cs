using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// A line break inside Japanese text is not a space: editors wrap long Japanese lines, and CommonMark turns each soft
/// break into a space (「なしに AIモデル」). As CSS Text's segment-break rule does for East Asian text, a soft break
/// between two wide characters (kana, kanji, full-width forms and punctuation) is dropped; any other stays.
/// </summary>
public sealed class CjkLineBreaks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Join;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    internal static void Join(MarkdownDocument document)
    {
        foreach (var lineBreak in document.Descendants<LineBreakInline>().Where(b => !b.IsHard).ToList())
        {
            if (LastChar(lineBreak.PreviousSibling) is { } before && FirstChar(lineBreak.NextSibling) is { } after
                && (IsWide(before) || IsWide(after)) && !char.IsWhiteSpace(before) && !char.IsWhiteSpace(after))
            {
                lineBreak.Remove();
            }
        }
    }

    /// <summary>East Asian wide characters, Hangul aside (Korean separates words with spaces).</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u2FFF') or (>= '\u3000' and <= '\u303F') or (>= '\u3040' and <= '\u30FF')
            or (>= '\u3100' and <= '\u31FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
            or (>= '\uD840' and <= '\uD87F') or (>= '\uDC00' and <= '\uDFFF');

    private static char? LastChar(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content.Text[literal.Content.End],
        CodeInline { Content.Length: > 0 } code => code.Content[^1],
        ContainerInline container => LastChar(container.LastChild),
        _ => null,
    };

    private static char? FirstChar(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content.Text[literal.Content.Start],
        CodeInline { Content.Length: > 0 } code => code.Content[0],
        ContainerInline container => FirstChar(container.FirstChild),
        _ => null,
    };
}
