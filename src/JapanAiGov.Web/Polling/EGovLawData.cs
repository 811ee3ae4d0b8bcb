namespace JapanAiGov.Web.Polling;

/// <summary><c>GET /law_data/{id}</c> with <c>response_format=json</c>: metadata and the text as a node tree.</summary>
public sealed record EGovLawData
{
    public EGovLawInfo? LawInfo { get; init; }

    public EGovRevision? RevisionInfo { get; init; }

    public LawNode? LawFullText { get; init; }
}
