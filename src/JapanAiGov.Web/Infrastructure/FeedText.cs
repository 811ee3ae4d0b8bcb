using System.Text;
using System.Xml;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>Text from an outside source (a feed, a page) made fit for every writer (HTML, Atom, iCal, mail), and cut to size.</summary>
public static class FeedText
{
    /// <summary>
    /// Removes characters no XML document may carry (controls, lone surrogates, U+FFFE/U+FFFF) and the invisible
    /// formatting marks <see cref="SafeText"/> forbids (a bidirectional override), collapses runs of
    /// whitespace and trims, then cuts to <paramref name="maxLength"/> characters (with an ellipsis) without
    /// splitting a surrogate pair.
    /// </summary>
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, 4096));
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                lastWasSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace && (char.IsWhiteSpace(c) || c is '\n' or '\r' or '\t'))
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (!XmlConvert.IsXmlChar(c) || SafeText.IsInvisibleFormat(c))
            {
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        var cleaned = builder.ToString().Trim();
        if (cleaned.Length <= maxLength)
        {
            return cleaned;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(cleaned[cut - 1]))
        {
            cut--;
        }

        return cleaned[..cut] + "…";
    }
}
