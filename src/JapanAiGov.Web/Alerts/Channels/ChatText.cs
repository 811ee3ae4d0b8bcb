using System.Text.Json;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Text for chat and webhook payloads, cleaned by the project's own rules and cut to a limit.</summary>
public static class ChatText
{
    /// <summary>UTF-8 JSON keeping Japanese as it is (3 bytes a character, not a 6-byte escape): bodies are measured in bytes.</summary>
    public static readonly JsonWriterOptions Json = new() { Encoder = SafeJsonEncoder.Relaxed };

    /// <summary>One line (a headline, a label, a name): <see cref="FeedText.Clean"/>.</summary>
    public static string Line(string? text, int maxLength) => FeedText.Clean(text, maxLength);

    /// <summary>Text that may span lines (<see cref="SafeText.MultiLine"/>), cut to <paramref name="maxLength"/> without splitting a surrogate pair.</summary>
    public static string Clip(string? text, int maxLength)
    {
        var clean = SafeText.MultiLine(text);
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
}
