namespace JapanAiGov.Web.Items;

/// <summary>A citation on an item: who published what, where and when.</summary>
public sealed class Source
{
    public const int PublisherMaxLength = 200;
    public const int TitleMaxLength = 500;

    /// <summary>The longest URL stored anywhere (sources, evidence links).</summary>
    public const int UrlMaxLength = 2000;

    public int Id { get; set; }

    public int ItemId { get; set; }

    public required string Publisher { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public SourceKind Kind { get; set; }
}
