namespace JapanAiGov.Web.Polling;

/// <summary>A newly detected revision of a watched law, waiting for an editor in the legislative inbox.</summary>
public sealed class LegislativeUpdate
{
    public const int ChangedArticlesMaxLength = 1000;

    public long Id { get; set; }

    public int WatchedLawId { get; set; }

    public WatchedLaw? WatchedLaw { get; set; }

    public int LawRevisionId { get; set; }

    public LawRevision? Revision { get; set; }

    /// <summary>The stored revision this one is compared with; null when there was none.</summary>
    public int? PreviousRevisionId { get; set; }

    public LawRevision? PreviousRevision { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public LegislativeUpdateState State { get; set; }

    public LegislativeDiffStatus DiffStatus { get; set; }

    public int ArticlesAdded { get; set; }

    public int ArticlesRemoved { get; set; }

    public int ArticlesChanged { get; set; }

    /// <summary>Headings of the changed, added and removed articles, for the inbox list (truncated).</summary>
    public string? ChangedArticles { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }

    public string? AppliedBy { get; set; }

    /// <summary>How a law's own amendment tables mark an added and a deleted article: 第二十七条の二（新設）, 第三十八条（削除）.</summary>
    private const string New = "（新設）";

    private const string Removed = "（削除）";

    /// <summary>
    /// The changed articles as Japanese legal text marks them; rows detected before the marks were Japanese say
    /// " (new)" and " (removed)".
    /// </summary>
    public static string? ArticlesAsWritten(string? changedArticles) =>
        changedArticles?.Replace(" (new)", New, StringComparison.Ordinal).Replace(" (removed)", Removed, StringComparison.Ordinal);

    /// <summary>Records the comparison with the previous revision.</summary>
    public void SetDiff(LegislativeDiffStatus status, ArticleDiff diff)
    {
        DiffStatus = status;
        ArticlesAdded = diff.Added.Count;
        ArticlesRemoved = diff.Removed.Count;
        ArticlesChanged = diff.Changed.Count;
        var headings = diff.Changed.Select(c => c.New.Title)
            .Concat(diff.Added.Select(a => a.Title + New))
            .Concat(diff.Removed.Select(a => a.Title + Removed));
        var text = string.Join("、", headings);
        ChangedArticles = text.Length == 0 ? null : text.Length <= ChangedArticlesMaxLength ? text : text[..(ChangedArticlesMaxLength - 1)] + "…";
    }

    /// <summary>An editor has read it and decided no item change is needed; returns false when it was already handled.</summary>
    public bool Acknowledge(string by, DateTimeOffset now)
    {
        if (State != LegislativeUpdateState.New)
        {
            return false;
        }

        State = LegislativeUpdateState.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        return true;
    }

    /// <summary>For the status-change page: the linked item's status was changed because of this update.</summary>
    public void MarkApplied(string by, DateTimeOffset now)
    {
        State = LegislativeUpdateState.Applied;
        AppliedAt = now;
        AppliedBy = by;
    }
}
