using System.Buffers;
using System.Text;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// What <see cref="SafeHtmlEncoder"/> and <see cref="SafeJsonEncoder"/> add to their inner encoder: the characters
/// <see cref="SafeText.IsInvisibleFormat"/> names are written as nothing, U+2028 and U+2029 as a space.
/// </summary>
internal static class InvisibleScalars
{
    private static readonly SearchValues<char> Chars = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => SafeText.IsInvisibleFormat(c) || c is '\u2028' or '\u2029').ToArray());

    public static bool Contains(int scalar) => scalar <= char.MaxValue && Chars.Contains((char)scalar);

    /// <summary>
    /// The text without our characters (the separators as spaces), or null when it has none. The encoders' writer and
    /// string paths clean first: the framework's loop there counts an iteration that writes nothing as a fault
    /// (a text ending in an invisible mark would throw).
    /// </summary>
    public static string? Strip(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Chars);
        if (first < 0)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text[..first]);
        foreach (var c in text[first..])
        {
            if (c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!Chars.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The first index to encode: the inner encoder's <paramref name="inner"/> (−1 for none), or an earlier invisible character.</summary>
    public static unsafe int FindFirst(char* text, int length, int inner)
    {
        var span = new ReadOnlySpan<char>(text, inner < 0 ? length : inner);
        var invisible = span.IndexOfAny(Chars);
        return invisible >= 0 ? invisible : inner;
    }

    /// <summary>True (with what was written) when <paramref name="scalar"/> is one of ours; false leaves it to the inner encoder.</summary>
    public static unsafe bool TryReplace(int scalar, char* buffer, int bufferLength, out int written)
    {
        written = 0;
        if (!Contains(scalar))
        {
            return false;
        }

        if (scalar is 0x2028 or 0x2029)
        {
            if (bufferLength < 1)
            {
                // Too little room: the encoder asks again with more (a false from the inner encoder means the same).
                return false;
            }

            *buffer = ' ';
            written = 1;
        }

        return true;
    }
}
