using System.Text;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// One rule for text that came from editors, subscribers or e-Gov: what the edge refuses (control characters), and
/// what each writer strips because its format forbids it (XML 1.0, RFC 5545 content lines, mail headers, CSV).
/// Writers clean even text the edge already checked, because stored rows and e-Gov data were never checked.
/// </summary>
public static class SafeText
{
    /// <summary>True when <paramref name="value"/> holds a control character (C0, DEL, C1), an unpaired surrogate or a
    /// noncharacter; in a multi-line field CR, LF and tab are allowed.</summary>
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

            if (IsForbidden(c) && !(multiLine && c is '\r' or '\n' or '\t'))
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
        if (string.IsNullOrEmpty(value) || (!HasForbiddenCharacter(value, multiLine: false) && !value.Contains('\u2028') && !value.Contains('\u2029')))
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

    /// <summary>C0 controls, DEL, C1 controls, surrogates (pairs are handled by the callers) and U+FFFE/U+FFFF, which XML 1.0 forbids.</summary>
    private static bool IsForbidden(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
