using System.Text;
using System.Text.Encodings.Web;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Analysis;

/// <summary>Marks search terms in text safely: every piece is HTML-encoded first, and only our own &lt;mark&gt; is markup.</summary>
public static class SearchHighlighter
{
    private const int SnippetBefore = 60;
    private const int SnippetAfter = 140;

    // Keeps Japanese readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = SafeHtmlEncoder.Instance;

    public static IHtmlContent Highlight(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var ranges = FindMatches(text, terms);
        var html = new StringBuilder(text.Length + (ranges.Count * 13));
        var position = 0;
        foreach (var (start, length) in ranges)
        {
            html.Append(Encoder.Encode(text[position..start]));
            html.Append("<mark>").Append(Encoder.Encode(text.Substring(start, length))).Append("</mark>");
            position = start + length;
        }

        html.Append(Encoder.Encode(text[position..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Non-overlapping (start, length) ranges of every term in <paramref name="text"/>, ignoring case, in order.</summary>
    public static IReadOnlyList<(int Start, int Length)> FindMatches(string text, IReadOnlyList<string> terms)
    {
        var found = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            var index = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                found.Add((index, index + term.Length));
                index = text.IndexOf(term, index + term.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        var merged = new List<(int Start, int Length)>();
        var (currentStart, currentEnd) = (-1, -1);
        foreach (var (start, end) in found.OrderBy(r => r.Start))
        {
            if (currentStart >= 0 && start <= currentEnd)
            {
                currentEnd = Math.Max(currentEnd, end);
                continue;
            }

            if (currentStart >= 0)
            {
                merged.Add((currentStart, currentEnd - currentStart));
            }

            (currentStart, currentEnd) = (start, end);
        }

        if (currentStart >= 0)
        {
            merged.Add((currentStart, currentEnd - currentStart));
        }

        return merged;
    }

    /// <summary>
    /// A short excerpt of the first of <paramref name="texts"/> that contains a term, centred on the match, or null
    /// when none does (the match was in the title only).
    /// </summary>
    public static string? Snippet(IEnumerable<string?> texts, IReadOnlyList<string> terms)
    {
        foreach (var raw in texts)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var text = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var matches = FindMatches(text, terms);
            if (matches.Count == 0)
            {
                continue;
            }

            var start = Math.Max(0, matches[0].Start - SnippetBefore);
            var end = Math.Min(text.Length, matches[0].Start + matches[0].Length + SnippetAfter);
            start = AvoidSplitSurrogate(text, start);
            end = AvoidSplitSurrogate(text, end);
            return (start > 0 ? "…" : string.Empty) + text[start..end].Trim() + (end < text.Length ? "…" : string.Empty);
        }

        return null;
    }

    private static int AvoidSplitSurrogate(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;
}
