namespace JapanAiGov.Web.PublicComments;

/// <summary>The result (結果公示) of a case, from the results feed; one per case.</summary>
public sealed class PublicCommentResult
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public PublicCommentCase? Case { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    /// <summary>結果の公示日.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>提出意見数: how many comments were received.</summary>
    public int? CommentCount { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}
