namespace JapanAiGov.Web.Diet;

/// <summary>
/// How a newly read page updates what is known about a bill. A blank is not a retraction: an empty cell means "not yet,
/// or not on this page" (a carried-over bill's new progress page is blank for what an earlier session's page recorded),
/// so a blank never erases a fact. A different non-blank value replaces the current one, keeps the old as history, and
/// is reported as changed for editors, because the Diet's pages do get corrected.
/// </summary>
public static class DietBillFacts
{
    public static DietFactMerge Merge(IReadOnlyList<DietFact> known, IReadOnlyList<(string Label, string Value)> page, DateTimeOffset seenAt)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(page);

        var facts = known.ToList();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            at.TryAdd(facts[i].Label, i);
        }

        var added = new List<DietFact>();
        var changed = new List<DietFact>();
        foreach (var (label, value) in OnePerLabel(page))
        {
            if (!at.TryGetValue(label, out var index))
            {
                var fact = new DietFact(label, value, seenAt, null);
                at[label] = facts.Count;
                facts.Add(fact);
                if (!fact.IsBlank)
                {
                    added.Add(fact);
                }

                continue;
            }

            var current = facts[index];
            if (value.Length == 0 || DietText.Normalize(current.Value) == value)
            {
                continue;
            }

            if (current.IsBlank)
            {
                facts[index] = current with { Value = value, FirstSeenAt = seenAt };
                added.Add(facts[index]);
            }
            else
            {
                facts[index] = new DietFact(label, value, seenAt, current.Value);
                changed.Add(facts[index]);
            }
        }

        return new DietFactMerge(facts, added, changed);
    }

    /// <summary>The page's labels once each, in first-seen order, with the first non-blank value (so merging a page is idempotent).</summary>
    private static List<(string Label, string Value)> OnePerLabel(IReadOnlyList<(string Label, string Value)> page)
    {
        var order = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rawLabel, rawValue) in page)
        {
            var label = rawLabel?.Trim() ?? string.Empty;
            if (label.Length == 0)
            {
                continue;
            }

            var value = DietText.Normalize(rawValue);
            if (!values.TryGetValue(label, out var first))
            {
                order.Add(label);
                values[label] = value;
            }
            else if (first.Length == 0)
            {
                values[label] = value;
            }
        }

        return order.ConvertAll(label => (label, values[label]));
    }
}
