namespace JapanAiGov.Web.Diet;

/// <summary>The outcome of <see cref="DietBillFacts.Merge"/>.</summary>
/// <param name="Facts">Every fact known after the page: the known ones in their order, then the page's new labels in its order.</param>
/// <param name="Added">Facts that gained a value: a new label with a value, or a blank filled.</param>
/// <param name="Changed">Facts whose value the page changed (the old one in <see cref="DietFact.PreviousValue"/>), for editors to check.</param>
public sealed record DietFactMerge(IReadOnlyList<DietFact> Facts, IReadOnlyList<DietFact> Added, IReadOnlyList<DietFact> Changed)
{
    public bool HasNews => Added.Count > 0 || Changed.Count > 0;
}
