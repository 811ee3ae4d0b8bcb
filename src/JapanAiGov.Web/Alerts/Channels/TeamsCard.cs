using System.Text.Json;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// A Microsoft Teams Workflows message: an Adaptive Card (1.4: the headline, a fact set, a button to the item) in the
/// <c>{"type":"message","attachments":[…]}</c> wrapper Workflows expects. Never larger than <see cref="MaxBytes"/>
/// (Teams refuses about 28 KB): long texts are clipped harder until it fits.
/// </summary>
public static class TeamsCard
{
    public const int MaxBytes = 27 * 1024;

    public static byte[] Render(ChannelFacts facts)
    {
        for (var limit = 4000; ; limit /= 2)
        {
            var body = Render(facts, limit);
            if (body.Length <= MaxBytes || limit < 20)
            {
                return body;
            }
        }
    }

    private static byte[] Render(ChannelFacts facts, int limit)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ChatText.Json))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteStartArray("attachments");
            json.WriteStartObject();
            json.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
            json.WriteNull("contentUrl");
            json.WriteStartObject("content");
            json.WriteString("type", "AdaptiveCard");
            json.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            json.WriteString("version", "1.4");
            json.WriteStartArray("body");
            json.WriteStartObject();
            json.WriteString("type", "TextBlock");
            json.WriteString("text", ChatText.Line(facts.Headline, Math.Min(limit, 500)));
            json.WriteString("weight", "Bolder");
            json.WriteString("size", "Medium");
            json.WriteBoolean("wrap", true);
            json.WriteEndObject();
            if (facts.Facts.Count > 0)
            {
                json.WriteStartObject();
                json.WriteString("type", "FactSet");
                json.WriteStartArray("facts");
                foreach (var (label, value) in facts.Facts)
                {
                    json.WriteStartObject();
                    json.WriteString("title", ChatText.Line(label, 100));
                    json.WriteString("value", ChatText.Clip(value, limit));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (facts.Link is { } link)
            {
                json.WriteStartArray("actions");
                json.WriteStartObject();
                json.WriteString("type", "Action.OpenUrl");
                json.WriteString("title", ChatText.Line(facts.LinkText, 100));
                json.WriteString("url", link.AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
