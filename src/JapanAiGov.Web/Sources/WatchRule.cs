using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// Which public-comment cases and Diet bills bear on an item: every one of <see cref="AllTerms"/> and at least one of
/// <see cref="AnyTerms"/> (when given) must appear in the case's title or description (a bill's 議案件名), and when
/// <see cref="Offices"/> are given the responsible office must contain one of them (bills have none, so such a rule
/// matches no bill). Terms are stored one per line. A rule covers the sources it names.
/// </summary>
public sealed class WatchRule
{
    public const int TermsMaxLength = 1000;

    public int Id { get; set; }

    public int ItemId { get; set; }

    public Items.RegulatoryItem? Item { get; set; }

    public string AllTerms { get; set; } = string.Empty;

    public string AnyTerms { get; set; } = string.Empty;

    public string Offices { get; set; } = string.Empty;

    /// <summary>The rule applies to e-Gov public-comment cases (every rule written before Diet bills were watched).</summary>
    public bool CoversPublicComments { get; set; } = true;

    /// <summary>The rule applies to the Diet's bills (議案件名).</summary>
    public bool CoversDietBills { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public WatchRuleTerms Terms => new(Split(AllTerms), Split(AnyTerms), Split(Offices));

    /// <summary>Terms as editors type them: one per line or separated by commas (、 too); blanks dropped, duplicates kept once.</summary>
    public static IReadOnlyList<string> Split(string? terms) =>
        string.IsNullOrWhiteSpace(terms)
            ? []
            : terms.Split(['\n', '\r', ',', '、', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => FeedText.Clean(t, 100))
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();

    /// <summary>The stored form: one term per line.</summary>
    public static string Join(IEnumerable<string> terms) => string.Join('\n', terms);
}
