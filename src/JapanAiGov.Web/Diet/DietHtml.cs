using System.Text;
using System.Text.RegularExpressions;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Turns a Diet page's bytes into text. The House of Representatives serves Shift_JIS and says so only in a
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"&gt;</c> (its HTTP header has no charset);
/// the House of Councillors serves UTF-8. Never throws: bytes the encoding cannot read become U+FFFD.
/// </summary>
/// <remarks>
/// The order, first match wins:
/// <list type="number">
/// <item>a byte-order mark (UTF-8, UTF-16);</item>
/// <item>the charset of the HTTP <c>Content-Type</c> header;</item>
/// <item>the charset of a <c>&lt;meta&gt;</c> in the first <see cref="PrescanBytes"/> bytes (<c>charset=</c> inside
/// <c>http-equiv</c>'s content, or <c>&lt;meta charset&gt;</c>);</item>
/// <item>nothing declared: UTF-8 when the bytes are valid UTF-8, else Shift_JIS.</item>
/// </list>
/// A declared name the runtime does not know (<c>windows-31j</c> variants, typos) is most likely one more name for
/// Shift_JIS on these sites, so it is read as Shift_JIS when the bytes are valid Shift_JIS, else as UTF-8. Nothing
/// declared is read the other way round: valid UTF-8 first, because plain ASCII and UTF-8 pages are valid UTF-8 and
/// Shift_JIS Japanese almost never is, while UTF-8 Japanese is often (wrongly) valid Shift_JIS.
/// UTF-7 is never used, whatever a page declares (a known way to smuggle markup past filters).
/// </remarks>
public static partial class DietHtml
{
    /// <summary>How far the meta tag is looked for. The HTML standard prescans 1,024 bytes; the Diet's head has long comments.</summary>
    public const int PrescanBytes = 2048;

    private static readonly Encoding ShiftJis;

    private static readonly Encoding StrictShiftJis;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Names the Japanese web uses for Shift_JIS that the runtime's table may lack.</summary>
    private static readonly HashSet<string> ShiftJisNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cswindows31j", "cp932", "ms932", "x-ms-cp932",
    };

    static DietHtml()
    {
        // Shift_JIS (code page 932) is not in .NET's built-in encodings; the provider ships with the runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        ShiftJis = Encoding.GetEncoding(932, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        StrictShiftJis = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static string Decode(ReadOnlySpan<byte> body, string? contentTypeHeader)
    {
        switch (body)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return Utf8.GetString(body[3..]);
            case [0xFF, 0xFE, ..]:
                return Encoding.Unicode.GetString(body[2..]);
            case [0xFE, 0xFF, ..]:
                return Encoding.BigEndianUnicode.GetString(body[2..]);
            default:
                break;
        }

        var declared = CharsetOf(contentTypeHeader, HeaderCharsetPattern(), fromMeta: false) ?? MetaCharset(body);
        if (declared is null)
        {
            return TryStrict(StrictUtf8, body) ?? ShiftJis.GetString(body);
        }

        return declared.Encoding is { } encoding
            ? encoding.GetString(body)
            : TryStrict(StrictShiftJis, body) ?? Utf8.GetString(body);
    }

    /// <summary>The charset the page itself declares in its first bytes, if any (for logs and tests).</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> body) => MetaCharset(body)?.Name;

    private static Declared? MetaCharset(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads the same whatever the page's encoding.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        foreach (Match meta in MetaPattern().Matches(head))
        {
            if (CharsetOf(meta.Value, MetaCharsetPattern(), fromMeta: true) is { } declared)
            {
                return declared;
            }
        }

        return null;
    }

    private static Declared? CharsetOf(string? text, Regex pattern, bool fromMeta)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = pattern.Match(text);
        return match.Success ? new Declared(match.Groups["name"].Value, Resolve(match.Groups["name"].Value, fromMeta)) : null;
    }

    /// <summary>The encoding for a declared name; null when the runtime does not know it (or it is UTF-7).</summary>
    private static Encoding? Resolve(string name, bool fromMeta)
    {
        if (ShiftJisNames.Contains(name))
        {
            return ShiftJis;
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return encoding.CodePage switch
        {
            65000 => null,

            // A meta tag is ASCII, so a page that can carry one is not UTF-16 whatever it says (HTML standard, "prescan").
            1200 or 1201 when fromMeta => Utf8,
            _ => encoding,
        };
    }

    private static string? TryStrict(Encoding strict, ReadOnlySpan<byte> body)
    {
        try
        {
            return strict.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private sealed record Declared(string Name, Encoding? Encoding);

    [GeneratedRegex(@"<meta\b[^<>]{0,1000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MetaPattern();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9._:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();

    [GeneratedRegex(@"(?:^|;)\s*charset\s*=\s*""?\s*(?<name>[A-Za-z0-9._:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCharsetPattern();
}
