using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// The JSON writers' encoder (the API, webhook, Slack and Teams bodies): <paramref name="inner"/>'s escaping, except
/// that <see cref="InvisibleScalars"/> are dropped and U+2028/U+2029 become a space, as on every page.
/// </summary>
public sealed class SafeJsonEncoder(JavaScriptEncoder inner) : JavaScriptEncoder
{
    /// <summary>Every character JSON allows unescaped written as itself (Japanese stays readable).</summary>
    public static readonly SafeJsonEncoder Readable = new(Create(UnicodeRanges.All));

    /// <summary>As <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: for bodies never embedded in HTML.</summary>
    public static readonly SafeJsonEncoder Relaxed = new(UnsafeRelaxedJsonEscaping);

    public override int MaxOutputCharactersPerInputCharacter => inner.MaxOutputCharactersPerInputCharacter;

    public override string Encode(string value) => inner.Encode(InvisibleScalars.Strip(value) ?? value);

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        if (InvisibleScalars.Strip(value.AsSpan(startIndex, characterCount)) is { } clean)
        {
            inner.Encode(output, clean);
        }
        else
        {
            inner.Encode(output, value, startIndex, characterCount);
        }
    }

    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
    {
        if (InvisibleScalars.Strip(value.AsSpan(startIndex, characterCount)) is { } clean)
        {
            inner.Encode(output, clean);
        }
        else
        {
            inner.Encode(output, value, startIndex, characterCount);
        }
    }

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        InvisibleScalars.FindFirst(text, textLength, inner.FindFirstCharacterToEncode(text, textLength));

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        InvisibleScalars.TryReplace(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten)
        || inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override bool WillEncode(int unicodeScalar) => InvisibleScalars.Contains(unicodeScalar) || inner.WillEncode(unicodeScalar);
}
