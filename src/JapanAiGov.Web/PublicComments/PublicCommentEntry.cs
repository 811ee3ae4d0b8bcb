namespace JapanAiGov.Web.PublicComments;

/// <summary>One item of a public-comment feed, as parsed: every field but the case id and title may be missing.</summary>
/// <param name="CaseId">e-Gov's case number (案件番号), the <c>id=</c> of the item's link: the key of a case.</param>
/// <param name="Deadline">受付締切日時, read as Japan time and kept as an instant.</param>
/// <param name="FeedDate">The item's <c>dc:date</c>, parsed leniently (e-Gov writes <c>2026-08-16T15:00:Z</c>).</param>
public sealed record PublicCommentEntry(
    string CaseId,
    string Title,
    string Url,
    string Description,
    DateOnly? PublishedOn,
    DateTimeOffset? Deadline,
    string? Category,
    string? Office,
    DateOnly? ResultPublishedOn,
    int? CommentCount,
    DateTimeOffset? FeedDate);
