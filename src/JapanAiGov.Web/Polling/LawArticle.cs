using System.Text.Json.Serialization;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// One article of a law as plain text: <see cref="Key"/> identifies it across revisions ("2_2" is 第二条の二;
/// supplementary provisions are prefixed "附則"), <see cref="Lines"/> are its paragraphs and items in order,
/// each with its number ("２　…", "一　…"). Ruby readings are dropped.
/// </summary>
public sealed record LawArticle(
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("c")] string? Caption,
    [property: JsonPropertyName("l")] IReadOnlyList<string> Lines)
{
    /// <summary>The heading as printed: 第二条の二（定義）.</summary>
    [JsonIgnore]
    public string Heading => Caption is null ? Title : Title + Caption;

    public bool SameTextAs(LawArticle other) =>
        Title == other.Title && Caption == other.Caption && Lines.SequenceEqual(other.Lines, StringComparer.Ordinal);
}
