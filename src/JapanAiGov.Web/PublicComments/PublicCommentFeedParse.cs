namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// What <see cref="PublicCommentFeedParser"/> made of a feed: the items it could read, and a problem line for each
/// it could not (or read only in part). <see cref="Error"/> is set when the document is not a feed at all.
/// </summary>
public sealed record PublicCommentFeedParse(IReadOnlyList<PublicCommentEntry> Entries, IReadOnlyList<string> Problems, string? Error)
{
    public bool IsFeed => Error is null;

    public static PublicCommentFeedParse NotAFeed(string error) => new([], [], error);
}
