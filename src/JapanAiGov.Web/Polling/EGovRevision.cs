namespace JapanAiGov.Web.Polling;

/// <summary>
/// One revision as e-Gov describes it (<c>revision_info</c>, <c>current_revision_info</c> and each entry of
/// <c>revisions[]</c> share this shape, API.md §3.2). Only the fields the poller uses are read.
/// </summary>
public sealed record EGovRevision
{
    /// <summary>Empty when e-Gov sent none; <see cref="EGovClient"/> drops such entries, so revisions it returns always have one.</summary>
    public string LawRevisionId { get; init => field = value ?? string.Empty; } = string.Empty;

    public string? LawType { get; init; }

    public string? LawTitle { get; init; }

    public string? Abbrev { get; init; }

    /// <summary>When e-Gov last changed this revision's data (corrections re-register it).</summary>
    public DateTimeOffset? Updated { get; init; }

    public DateOnly? AmendmentPromulgateDate { get; init; }

    public DateOnly? AmendmentEnforcementDate { get; init; }

    public string? AmendmentEnforcementComment { get; init; }

    /// <summary>A provisional date, set while the real enforcement date is not yet fixed.</summary>
    public DateOnly? AmendmentScheduledEnforcementDate { get; init; }

    public string? AmendmentLawId { get; init; }

    public string? AmendmentLawTitle { get; init; }

    public string? AmendmentLawNum { get; init; }

    /// <summary>"1" new, "3" amended, "8" repealed.</summary>
    public string? AmendmentType { get; init; }

    public string? RepealStatus { get; init; }

    public string? Mission { get; init; }

    /// <summary>A hint only: the real PIPA history had no CurrentEnforced entry at all (API.md §3.2).</summary>
    public string? CurrentRevisionStatus { get; init; }
}
