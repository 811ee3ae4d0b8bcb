namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// A case matched to an item by one of the item's watch rules: one row per case and item (unique), so re-polls
/// and rule edits never match twice. Only an editor moves it out of <see cref="PublicCommentMatchState.New"/>, once: the
/// case page decides with a conditional UPDATE from New, so a repeated or racing click changes nothing.
/// </summary>
public sealed class PublicCommentMatch
{
    public const int ReasonMaxLength = 1000;
    public const int TermsMaxLength = 500;

    public long Id { get; set; }

    public long CaseId { get; set; }

    public PublicCommentCase? Case { get; set; }

    public int ItemId { get; set; }

    public Items.RegulatoryItem? Item { get; set; }

    /// <summary>The words that matched, as the rule wrote them (e.g. "個人情報, AI").</summary>
    public required string MatchedTerms { get; set; }

    public PublicCommentMatchState State { get; set; }

    public DateTimeOffset MatchedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why an editor dismissed it.</summary>
    public string? DismissReason { get; set; }
}
