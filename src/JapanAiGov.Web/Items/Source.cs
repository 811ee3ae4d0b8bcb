namespace JapanAiGov.Web.Items;

/// <summary>A citation on an item: who published what, where and when.</summary>
public sealed class Source
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public required string Publisher { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public SourceKind Kind { get; set; }
}
