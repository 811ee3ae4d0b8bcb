using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Razor's and every HTML writer's encoder: as <see cref="HtmlEncoder.Create(TextEncoderSettings)"/> with every range
/// allowed (Japanese written as itself), except that <see cref="InvisibleScalars"/> are dropped and U+2028/U+2029
/// become a space — so no stored or outside text, however old, puts a bidirectional override or an invisible mark on a page.
/// </summary>
public sealed class SafeHtmlEncoder : HtmlEncoder
{
    public static readonly SafeHtmlEncoder Instance = new(Create(UnicodeRanges.All));

    private readonly HtmlEncoder _inner;

    private SafeHtmlEncoder(HtmlEncoder inner) => _inner = inner;

    public override int MaxOutputCharactersPerInputCharacter => _inner.MaxOutputCharactersPerInputCharacter;

    public override string Encode(string value) => _inner.Encode(InvisibleScalars.Strip(value) ?? value);

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        if (InvisibleScalars.Strip(value.AsSpan(startIndex, characterCount)) is { } clean)
        {
            _inner.Encode(output, clean);
        }
        else
        {
            _inner.Encode(output, value, startIndex, characterCount);
        }
    }

    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
    {
        if (InvisibleScalars.Strip(value.AsSpan(startIndex, characterCount)) is { } clean)
        {
            _inner.Encode(output, clean);
        }
        else
        {
            _inner.Encode(output, value, startIndex, characterCount);
        }
    }

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        InvisibleScalars.FindFirst(text, textLength, _inner.FindFirstCharacterToEncode(text, textLength));

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        InvisibleScalars.TryReplace(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten)
        || _inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override bool WillEncode(int unicodeScalar) => InvisibleScalars.Contains(unicodeScalar) || _inner.WillEncode(unicodeScalar);
}
