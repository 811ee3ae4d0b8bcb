using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Text for chat payloads: control characters out, clipped to a limit without splitting a surrogate pair.</summary>
public static class ChatText
{
    /// <summary>UTF-8 JSON keeping Japanese as it is (3 bytes a character, not a 6-byte escape): bodies are measured in bytes.</summary>
    public static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Clip(string? text, int maxLength)
    {
        var clean = Clean(text);
        if (clean.Length <= maxLength)
        {
            return clean;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(clean[cut - 1]))
        {
            cut--;
        }

        return clean[..cut] + "…";
    }

    /// <summary>Line breaks kept (as \n), every other control or unpaired surrogate character replaced by a space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\n')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
