using System.Text.Json;
using System.Text.Json.Serialization;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// Reads <c>{"tag", "attr", "children"}</c> nodes tolerantly: <c>attr</c> may be an object, <c>""</c> or null
/// (both forms occur), attribute values may be strings, numbers or booleans, and text is a bare string child.
/// </summary>
internal sealed class LawNodeJsonConverter : JsonConverter<LawNode>
{
    public override LawNode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A law_full_text node must be an object, not {reader.TokenType}.");
        }

        string? tag = null;
        Dictionary<string, string>? attributes = null;
        List<LawNode>? children = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed law_full_text node.");
            }

            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "tag":
                    tag = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A node's tag must be a string.");
                    break;
                case "attr":
                    attributes = ReadAttributes(ref reader);
                    break;
                case "children":
                    children = ReadChildren(ref reader, options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (string.IsNullOrEmpty(tag))
        {
            throw new JsonException("A law_full_text node has no tag.");
        }

        return LawNode.Element(tag, attributes, children ?? []);
    }

    public override void Write(Utf8JsonWriter writer, LawNode value, JsonSerializerOptions options)
    {
        if (value.IsText)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("tag", value.Tag);
        writer.WriteStartObject("attr");
        foreach (var (key, attribute) in value.Attributes)
        {
            writer.WriteString(key, attribute);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("children");
        foreach (var child in value.Children)
        {
            Write(writer, child, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Dictionary<string, string>? ReadAttributes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // "" and null both mean "no attributes"; anything else is tolerated the same way.
            reader.Skip();
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = EGovJson.ReadScalarAsString(ref reader);
            if (value is not null)
            {
                attributes[key] = value;
            }
        }

        return attributes;
    }

    private List<LawNode> ReadChildren(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        var children = new List<LawNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    children.Add(Read(ref reader, typeof(LawNode), options)!);
                    break;
                case JsonTokenType.String:
                    children.Add(LawNode.TextRun(reader.GetString()!));
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    var text = EGovJson.ReadScalarAsString(ref reader);
                    if (text is not null)
                    {
                        children.Add(LawNode.TextRun(text));
                    }

                    break;
            }
        }

        return children;
    }
}
