namespace JapanAiGov.Web.Diet;

/// <summary>
/// A bill matched to an item by one of the item's watch rules: one row per bill and item (unique). Only an editor moves
/// it out of <see cref="DietBillMatchState.New"/>, with a guarded write (a racing or repeated click changes nothing).
/// </summary>
public sealed class DietBillMatch
{
    public const int TermsMaxLength = 500;

    public long Id { get; set; }

    public int BillId { get; set; }

    public DietBill? Bill { get; set; }

    public int ItemId { get; set; }

    public Items.RegulatoryItem? Item { get; set; }

    /// <summary>The words that matched, as the rule wrote them.</summary>
    public required string MatchedTerms { get; set; }

    public DietBillMatchState State { get; set; }

    public DateTimeOffset MatchedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public List<DietBillStep> Steps { get; set; } = [];
}
