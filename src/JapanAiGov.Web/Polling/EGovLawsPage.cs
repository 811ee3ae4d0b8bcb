namespace JapanAiGov.Web.Polling;

/// <summary>One page of <c>GET /laws</c>; <c>next_offset</c> is null or absent at the end.</summary>
public sealed record EGovLawsPage
{
    public int? TotalCount { get; init; }

    public int? Count { get; init; }

    public int? NextOffset { get; init; }

    public IReadOnlyList<EGovLawsEntry> Laws { get; init; } = [];
}
