using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Diet;

/// <summary>Text as the Diet's pages write it: cells with padding, line breaks, <c>&lt;br&gt;</c> and full-width digits.</summary>
internal static class DietText
{
    /// <summary>The separator of paired labels and values (<c>衆議院付託年月日／衆議院付託委員会</c>), U+FF0F.</summary>
    public const char Pair = '／';

    /// <summary>
    /// Trims, and collapses each run of whitespace inside to one space; a run made only of ideographic spaces (U+3000) is
    /// kept as written, because Japanese names use it between family and given name (<c>近藤　和也君</c>). Control
    /// characters other than whitespace, and invisible formatting marks (<see cref="SafeText.IsInvisibleFormat"/>), are dropped.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                if (!char.IsControl(c) && !SafeText.IsInvisibleFormat(c))
                {
                    builder.Append(c);
                }

                i++;
                continue;
            }

            var start = i;
            var onlyIdeographic = true;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                onlyIdeographic &= text[i] == '\u3000';
                i++;
            }

            if (builder.Length == 0 || i == text.Length)
            {
                continue;
            }

            if (onlyIdeographic)
            {
                builder.Append(text, start, i - start);
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of a cell with each <c>&lt;br&gt;</c> as a line break, normalised. Iterative: a hostile page can nest deeply.</summary>
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        var pending = new Stack<INode>();
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }

        while (pending.Count > 0)
        {
            var current = pending.Pop();
            switch (current)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append('\n');
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement element:
                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
                default:
                    break;
            }
        }

        return Normalize(builder.ToString());
    }

    /// <summary>
    /// NFKC (full-width digits and letters become ASCII, ㋿ becomes 令和) with every whitespace removed; null when the text
    /// cannot be normalised (a lone surrogate).
    /// </summary>
    public static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string folded;
        try
        {
            folded = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A page's text quoted in a problem line, cut so a hostile page cannot make the line long.</summary>
    public static string Shorten(string? text) =>
        text is null ? string.Empty
        : text.Length <= 40 ? text
        : text[..(char.IsHighSurrogate(text[39]) ? 39 : 40)] + "…";

    /// <summary>A count written in ASCII or full-width digits, with padding; at most 9 digits, no sign.</summary>
    public static int? Number(string? text)
    {
        var folded = Fold(text);
        if (string.IsNullOrEmpty(folded) || folded.Length > 9 || !folded.All(char.IsAsciiDigit))
        {
            return null;
        }

        return int.Parse(folded, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
