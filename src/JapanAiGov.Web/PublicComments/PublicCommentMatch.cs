namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// A case matched to an item by one of the item's watch rules: one row per case and item (unique), so re-polls
/// and rule edits never match twice. Only an editor moves it out of <see cref="PublicCommentMatchState.New"/>.
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

    /// <summary>Confirms the match; false when it was already decided (a repeated or racing click changes nothing).</summary>
    public bool Confirm(string by, DateTimeOffset now) => Decide(PublicCommentMatchState.Confirmed, by, null, now);

    /// <summary>Dismisses the match with a reason; false when it was already decided.</summary>
    public bool Dismiss(string by, string reason, DateTimeOffset now) => Decide(PublicCommentMatchState.Dismissed, by, reason, now);

    private bool Decide(PublicCommentMatchState state, string by, string? reason, DateTimeOffset now)
    {
        if (State != PublicCommentMatchState.New)
        {
            return false;
        }

        State = state;
        DecidedBy = by;
        DecidedAt = now;
        DismissReason = reason;
        return true;
    }
}
