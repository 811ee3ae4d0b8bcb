using System.Text;
using System.Text.Json;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// A Slack incoming-webhook message: Block Kit (a header, one section of facts, a button to the item) and a plain
/// <c>text</c> that is the notification and the fallback. Within Slack's limits whatever the text: at most 50 blocks,
/// a header of at most 150 characters, sections of at most 3,000. Text goes out as plain_text, never mrkdwn, so an
/// item title cannot mention <c>@channel</c> or forge a link; the fallback escapes &amp;, &lt; and &gt; as Slack asks.
/// </summary>
public static class SlackMessage
{
    public const int HeaderMax = 150;
    public const int SectionMax = 3000;
    public const int MaxBlocks = 50;

    public static byte[] Render(ChannelFacts facts)
    {
        var details = string.Join("\n", facts.Facts.Select(f => $"{f.Label}: {f.Value}"));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ChatText.Json))
        {
            json.WriteStartObject();
            var fallback = ChatText.Line(facts.Headline, 500);
            json.WriteString("text", Escape(fallback.Length > 0 ? fallback : "JapanAiGov"));
            json.WriteStartArray("blocks");
            PlainBlock(json, "header", ChatText.Line(facts.Headline, HeaderMax));
            if (details.Length > 0)
            {
                PlainBlock(json, "section", ChatText.Clip(details, SectionMax));
            }

            if (facts.Link is { } link)
            {
                json.WriteStartObject();
                json.WriteString("type", "actions");
                json.WriteStartArray("elements");
                json.WriteStartObject();
                json.WriteString("type", "button");
                WriteText(json, ChatText.Line(facts.LinkText, 75));
                json.WriteString("url", link.AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Slack's escaping for text it parses as mrkdwn.</summary>
    public static string Escape(string text) => new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    private static void PlainBlock(Utf8JsonWriter json, string type, string text)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        WriteText(json, string.IsNullOrWhiteSpace(text) ? "—" : text);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("text");
        json.WriteString("type", "plain_text");
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
