using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// How e-Gov's JSON is read: snake_case names, and tolerance where the API is loose (API.md §3): numbers sent as
/// strings and strings as numbers (<c>law_num_year</c>), <c>false</c> where a string is expected
/// (<c>repeal_status</c>), and empty strings where a date is expected.
/// </summary>
internal static class EGovJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        MaxDepth = 256,
        Converters =
        {
            new LawNodeJsonConverter(),
            new LenientStringConverter(),
            new LenientIntConverter(),
            new LenientDateConverter(),
            new LenientDateTimeOffsetConverter(),
            new LenientBoolConverter(),
        },
    };

    /// <summary>These options only read e-Gov's answers; nothing is ever written with them.</summary>
    private static NotSupportedException WriteNotSupported() => new("EGovJson only reads e-Gov's JSON.");

    /// <summary>A string, number or boolean token as text; null for null; objects and arrays are skipped as null.</summary>
    public static string? ReadScalarAsString(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString(CultureInfo.InvariantCulture);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return null;
        }
    }

    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadScalarAsString(ref reader);

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => throw WriteNotSupported();
    }

    private sealed class LenientIntConverter : JsonConverter<int?>
    {
        public override bool HandleNull => true;

        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return reader.TryGetInt32(out var value) ? value : null;
            }

            var text = ReadScalarAsString(ref reader);
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) => throw WriteNotSupported();
    }

    private sealed class LenientDateConverter : JsonConverter<DateOnly?>
    {
        public override bool HandleNull => true;

        public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadScalarAsString(ref reader);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options) => throw WriteNotSupported();
    }

    private sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
    {
        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadScalarAsString(ref reader);
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant.ToUniversalTime() : null;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options) => throw WriteNotSupported();
    }

    private sealed class LenientBoolConverter : JsonConverter<bool?>
    {
        public override bool HandleNull => true;

        public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadScalarAsString(ref reader) switch
            {
                "true" or "True" or "1" => true,
                "false" or "False" or "0" => false,
                _ => null,
            };

        public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options) => throw WriteNotSupported();
    }
}
