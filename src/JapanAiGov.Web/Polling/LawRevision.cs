namespace JapanAiGov.Web.Polling;

/// <summary>One revision of a watched law as e-Gov lists it (law_revision_id is immutable).</summary>
public sealed class LawRevision
{
    public int Id { get; set; }

    public int WatchedLawId { get; set; }

    public WatchedLaw? WatchedLaw { get; set; }

    /// <summary>e-Gov law_revision_id: {law_id}_{yyyyMMdd}_{amending law id or 15 zeros}.</summary>
    public required string LawRevisionId { get; set; }

    public string? LawTitle { get; set; }

    public string? AmendmentLawId { get; set; }

    public string? AmendmentLawTitle { get; set; }

    public string? AmendmentLawNum { get; set; }

    public DateOnly? PromulgationDate { get; set; }

    public DateOnly? EnforcementDate { get; set; }

    public DateOnly? ScheduledEnforcementDate { get; set; }

    public string? EnforcementComment { get; set; }

    /// <summary>e-Gov's current_revision_status, kept as a hint only: "current" is worked out from dates.</summary>
    public string? ApiStatus { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
}
