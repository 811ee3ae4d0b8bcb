namespace JapanAiGov.Web.Polling;

/// <summary><c>GET /law_revisions/{law_id}</c>: a law's whole history, newest first, in one response.</summary>
public sealed record EGovRevisionList
{
    public EGovLawInfo? LawInfo { get; init; }

    public IReadOnlyList<EGovRevision>? Revisions { get; init; }
}
