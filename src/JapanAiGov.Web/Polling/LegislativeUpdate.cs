namespace JapanAiGov.Web.Polling;

/// <summary>A newly detected revision of a watched law, waiting for an editor in the legislative inbox.</summary>
public sealed class LegislativeUpdate
{
    public long Id { get; set; }

    public int WatchedLawId { get; set; }

    public WatchedLaw? WatchedLaw { get; set; }

    public int LawRevisionId { get; set; }

    public LawRevision? Revision { get; set; }

    /// <summary>The stored revision this one is compared with; null when there was none.</summary>
    public int? PreviousRevisionId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }
}
