namespace JapanAiGov.Web.Diet;

/// <summary>
/// What <see cref="DietProgressParser"/> read from one bill's progress page (経過). <see cref="Pairs"/> is the page as
/// written; <see cref="Facts"/> the same with paired labels split; the typed fields are read from the facts.
/// </summary>
public sealed record DietProgressPage
{
    /// <summary>Every (label, value) row in page order; values whitespace-normalised, an empty cell is "".</summary>
    public required IReadOnlyList<(string Label, string Value)> Pairs { get; init; }

    /// <summary>
    /// <see cref="Pairs"/> with <c>A／B</c> labels and <c>date ／ value</c> values split into two facts each, in page order.
    /// This is what <see cref="DietBillFacts.Merge"/> takes.
    /// </summary>
    public required IReadOnlyList<(string Label, string Value)> Facts { get; init; }

    /// <summary><see cref="Facts"/> by label (the first non-blank value when a label repeats).</summary>
    public required IReadOnlyDictionary<string, string> FactsByLabel { get; init; }

    public string? Kind { get; init; }

    public int? Session { get; init; }

    public int? Number { get; init; }

    public string? Title { get; init; }

    public string? Submitter { get; init; }

    public required DietHouseProgress Representatives { get; init; }

    public required DietHouseProgress Councillors { get; init; }

    public DateOnly? PromulgatedOn { get; init; }

    public int? LawNumber { get; init; }

    /// <summary>Why the page cannot identify a bill (no table, or a core label missing or unreadable); null when it can.</summary>
    public string? Problem { get; init; }

    /// <summary>The bill's key, when the page names its kind, session and number.</summary>
    public DietBillKey? Key => DietBillKey.TryCreate(Kind, Session, Number, out var key) ? key : null;
}
