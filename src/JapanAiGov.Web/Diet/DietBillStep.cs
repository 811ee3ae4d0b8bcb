namespace JapanAiGov.Web.Diet;

/// <summary>
/// A stage a bill confirmed for an item reached: a public change (/changes, the feeds, the API) and an alert. Recorded
/// per confirmed match, so a bill bearing on two items is one change of each.
/// </summary>
public sealed class DietBillStep
{
    public long Id { get; set; }

    public long MatchId { get; set; }

    public DietBillMatch? Match { get; set; }

    public DietBillStage Stage { get; set; }

    /// <summary>The day the pages give for the stage (e.g. 公布年月日), when they give one.</summary>
    public DateOnly? OccurredOn { get; set; }

    /// <summary>When this app learned of it (the change log's instant).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
