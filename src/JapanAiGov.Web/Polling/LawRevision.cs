using JapanAiGov.Web.Sources;

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

    /// <summary>e-Gov's amendment_type: "1" new law, "3" amended, "8" repealed.</summary>
    public string? AmendmentType { get; set; }

    /// <summary>e-Gov's <c>updated</c>: when its data for this revision last changed.</summary>
    public DateTimeOffset? EGovUpdatedAt { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>Recorded by a law's first pass as existing history: no update and no alert were raised for it.</summary>
    public bool IsBaseline { get; set; }

    /// <summary>The extracted articles, in their own table so listing revisions never loads whole law texts; null until fetched.</summary>
    public LawRevisionText? Text { get; set; }

    /// <summary>SHA-256 of the stored articles JSON; null until the text is fetched.</summary>
    public string? TextHash { get; set; }

    public int? ArticleCount { get; set; }

    public DateTimeOffset? TextFetchedAt { get; set; }

    /// <summary>The date it takes (or took) effect: the enforcement date, else the provisional scheduled one.</summary>
    public DateOnly? EffectiveDate => EnforcementDate ?? ScheduledEnforcementDate;

    /// <summary>The enforcement date is only provisional (e.g. "within two years, by cabinet order").</summary>
    public bool IsProvisionalDate => ScheduledEnforcementDate is not null;

    public bool IsInForceOn(DateOnly day) => EffectiveDate is { } date && date <= day;

    /// <summary>A revision first seen now; a baseline one is existing history, recorded without an update or alert.</summary>
    public static LawRevision From(int watchedLawId, EGovRevision source, DateTimeOffset now, bool baseline)
    {
        var revision = new LawRevision
        {
            WatchedLawId = watchedLawId,
            LawRevisionId = source.LawRevisionId,
            FirstSeenAt = now,
            IsBaseline = baseline,
        };
        revision.UpdateFrom(source);
        return revision;
    }

    /// <summary>Dates and titles can be corrected on e-Gov (a provisional date gets fixed); keep the stored copy current.</summary>
    public void UpdateFrom(EGovRevision source)
    {
        LawTitle = Truncation.Fit(source.LawTitle, 500);
        AmendmentLawId = source.AmendmentLawId is { Length: <= 15 } amendmentLawId ? amendmentLawId : null;
        AmendmentLawTitle = Truncation.Fit(source.AmendmentLawTitle, 1000);
        AmendmentLawNum = Truncation.Fit(source.AmendmentLawNum, 200);
        PromulgationDate = source.AmendmentPromulgateDate;
        EnforcementDate = source.AmendmentEnforcementDate;
        ScheduledEnforcementDate = source.AmendmentScheduledEnforcementDate;
        EnforcementComment = Truncation.Fit(string.IsNullOrWhiteSpace(source.AmendmentEnforcementComment) ? null : source.AmendmentEnforcementComment, 2000);
        ApiStatus = Truncation.Fit(source.CurrentRevisionStatus, 40);
        AmendmentType = Truncation.Fit(source.AmendmentType, 10);
        EGovUpdatedAt = source.Updated;
    }
}
