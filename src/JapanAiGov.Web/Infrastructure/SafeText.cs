using System.Text;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// One rule for text that came from editors, subscribers, e-Gov or the Diet: what the edge refuses, and what every
/// writer (HTML, JSON, Atom, iCalendar, mail, CSV, chat payloads) strips — control characters, unpaired surrogates,
/// noncharacters, and the invisible characters that change how text around them reads: bidirectional embeddings,
/// overrides, isolates and marks (a right-to-left override turns <c>txt.exe</c> into <c>exe.txt</c> on screen), zero-width
/// spaces and joiners' look-alikes, the byte-order mark. U+2028 and U+2029 are line breaks: refused in a field, made LF
/// (or a space on one line) by writers. Writers clean even text the edge already checked, because stored rows and
/// outside sources were never checked. Zero-width (non-)joiners (U+200C, U+200D) stay: emoji and scripts need them.
/// </summary>
public static class SafeText
{
    /// <summary>True when <paramref name="value"/> holds a character <see cref="IsForbidden"/> names, or U+2028/U+2029;
    /// in a multi-line field CR, LF and tab are allowed.</summary>
    public static bool HasForbiddenCharacter(string? value, bool multiLine)
    {
        if (value is null)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if ((IsForbidden(c) || c is '\u2028' or '\u2029') && !(multiLine && c is '\r' or '\n' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CRLF and lone CR become LF: the one line break stored for multi-line fields.</summary>
    public static string NormaliseLineBreaks(string value) =>
        value.Contains('\r', StringComparison.Ordinal) ? value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : value;

    /// <summary>One line, for a mail header, a title or an iCalendar summary: every line break or tab becomes a space,
    /// every other forbidden character is dropped.</summary>
    public static string SingleLine(string? value) => Clean(value, keepLineBreaks: false);

    /// <summary>Text that may span lines (an email body, an iCalendar description, an XML text node, a CSV cell): line
    /// breaks become LF, tabs stay, every other forbidden character is dropped.</summary>
    public static string MultiLine(string? value) => Clean(value, keepLineBreaks: true);

    private static string Clean(string? value, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(value) || !HasForbiddenCharacter(value, multiLine: false))
        {
            return value ?? string.Empty;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C')
            {
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                text.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                text.Append(keepLineBreaks ? '\t' : ' ');
            }
            else if (!IsForbidden(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// C0 controls, DEL, C1 controls, surrogates (pairs are handled by the callers), U+FFFE/U+FFFF (which XML 1.0
    /// forbids) and <see cref="IsInvisibleFormat"/>.
    /// </summary>
    public static bool IsForbidden(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || IsInvisibleFormat(c);

    /// <summary>
    /// The format characters no text of ours needs and a reader cannot see: the Arabic letter mark (U+061C), zero width
    /// space (U+200B), left-to-right and right-to-left marks (U+200E, U+200F), embeddings and overrides (U+202A–U+202E),
    /// word joiner and invisible operators (U+2060–U+2064), isolates (U+2066–U+2069), deprecated format characters
    /// (U+206A–U+206F), the byte-order mark (U+FEFF), interlinear annotation (U+FFF9–U+FFFB) and the soft hyphen (U+00AD).
    /// </summary>
    public static bool IsInvisibleFormat(char c) => c switch
    {
        '\u00AD' or '\u061C' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u206F' => true,
        >= '\uFFF9' and <= '\uFFFB' => true,
        _ => false,
    };
}
