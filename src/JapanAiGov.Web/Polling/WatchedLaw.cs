namespace JapanAiGov.Web.Polling;

/// <summary>A law on e-Gov whose revisions we watch, optionally linked to the item it bears on.</summary>
public sealed class WatchedLaw
{
    public int Id { get; set; }

    /// <summary>e-Gov law id: 15 characters of [0-9A-Z], e.g. 415AC0000000057.</summary>
    public required string LawId { get; set; }

    public required string Title { get; set; }

    public const int LawNumMaxLength = 100;

    /// <summary>
    /// The law number (法令番号) as e-Gov gives it (<c>law_info.law_num</c>: 平成十五年法律第五十七号), so the law is named the
    /// Japanese way, 題名（法令番号）; null until e-Gov has been read.
    /// </summary>
    public string? LawNum { get; set; }

    /// <summary>個人情報の保護に関する法律（平成十五年法律第五十七号）, or the title alone while the number is unknown.</summary>
    public string FullName => string.IsNullOrWhiteSpace(LawNum) ? Title : $"{Title}（{LawNum}）";

    public int? ItemId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>When an editor stopped watching it; the row and its history stay, so re-adding it resumes.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>
    /// When the first pass recorded the existing history as a baseline (no updates, no alerts). Null means the next
    /// pass takes the baseline.
    /// </summary>
    public DateTimeOffset? BaselineAt { get; set; }

    /// <summary>The e-Gov law_revision_id in force today, worked out from enforcement dates (never from e-Gov's status flag).</summary>
    public string? CurrentLawRevisionId { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    public DateTimeOffset? LastSucceededAt { get; set; }

    /// <summary>Why the last check of this law failed; null after a success.</summary>
    public string? LastError { get; set; }

    public List<LawRevision> Revisions { get; set; } = [];

    public bool IsActive => RemovedAt is null;

    /// <summary>The law's page on e-Gov 法令検索, used as evidence when an editor confirms an item.</summary>
    public static Uri EGovLawPage(string lawId) => new($"https://laws.e-gov.go.jp/law/{Uri.EscapeDataString(lawId)}");

    /// <summary>Whether a string has the shape of an e-Gov law id (API.md §4.1); the id itself is opaque.</summary>
    public static bool IsWellFormedLawId(string? lawId) =>
        lawId is { Length: 15 } && lawId.All(c => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z'));
}
