namespace JapanAiGov.Web.Polling;

/// <summary>
/// One node of e-Gov's <c>law_full_text</c> JSON tree (法令標準XML as JSON): an element with a tag, attributes and
/// children, or a bare text run (<see cref="Text"/> set, <see cref="Tag"/> empty).
/// </summary>
public sealed class LawNode
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    private LawNode(string tag, IReadOnlyDictionary<string, string> attributes, IReadOnlyList<LawNode> children, string? text)
    {
        Tag = tag;
        Attributes = attributes;
        Children = children;
        Text = text;
    }

    public string Tag { get; }

    public IReadOnlyDictionary<string, string> Attributes { get; }

    public IReadOnlyList<LawNode> Children { get; }

    /// <summary>The text of a text run; null for an element.</summary>
    public string? Text { get; }

    public bool IsText => Text is not null;

    public static LawNode Element(string tag, IReadOnlyDictionary<string, string>? attributes, IReadOnlyList<LawNode> children) =>
        new(tag, attributes ?? NoAttributes, children, null);

    public static LawNode TextRun(string text) => new(string.Empty, NoAttributes, [], text);

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    public LawNode? Child(string tag)
    {
        foreach (var child in Children)
        {
            if (child.Tag == tag)
            {
                return child;
            }
        }

        return null;
    }
}
