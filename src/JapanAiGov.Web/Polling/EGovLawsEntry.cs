namespace JapanAiGov.Web.Polling;

/// <summary>One law in a <c>GET /laws</c> page.</summary>
public sealed record EGovLawsEntry
{
    public EGovLawInfo? LawInfo { get; init; }

    /// <summary>The newest revision on or before <c>asof</c> (today by default).</summary>
    public EGovRevision? RevisionInfo { get; init; }

    public EGovRevision? CurrentRevisionInfo { get; init; }
}
