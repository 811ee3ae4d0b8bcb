namespace JapanAiGov.Web.Polling;

/// <summary>e-Gov's <c>law_info</c>: facts about a law that do not depend on the revision (API.md §3.1).</summary>
public sealed record EGovLawInfo
{
    public string? LawType { get; init; }

    public string? LawId { get; init; }

    public string? LawNum { get; init; }

    public string? LawNumEra { get; init; }

    /// <summary>An int in /laws and /law_revisions, a string ("11") in the spec's /law_data example: both read.</summary>
    public int? LawNumYear { get; init; }

    public string? LawNumNum { get; init; }

    public DateOnly? PromulgationDate { get; init; }
}
