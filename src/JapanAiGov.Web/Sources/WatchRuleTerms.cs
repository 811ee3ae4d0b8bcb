using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

/// <summary>A watch rule's terms, and the matching itself (pure, unit-tested).</summary>
public sealed record WatchRuleTerms(IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> Offices)
{
    public bool IsEmpty => All.Count == 0 && Any.Count == 0;

    /// <summary>
    /// The terms that matched, or null when the rule does not match. Text and terms are compared NFKC-normalised and
    /// case-folded; a term written only in ASCII letters and digits (AI, METI) must stand as a word of its own in
    /// Latin text ("AI" matches "AI活用" and "生成AI", not "maintain" or "Email").
    /// </summary>
    public IReadOnlyList<string>? Match(string? title, string? description, string? office)
    {
        if (IsEmpty)
        {
            return null;
        }

        var text = TextFold.Fold(title) + "\n" + TextFold.Fold(description);
        if (Offices.Count > 0)
        {
            var foldedOffice = TextFold.Fold(office);
            if (foldedOffice.Length == 0 || !Offices.Any(o => foldedOffice.Contains(TextFold.Fold(o), StringComparison.Ordinal)))
            {
                return null;
            }
        }

        var matched = new List<string>();
        foreach (var term in All)
        {
            if (!Contains(text, term))
            {
                return null;
            }

            matched.Add(term);
        }

        if (Any.Count > 0)
        {
            var any = Any.Where(t => Contains(text, t)).ToList();
            if (any.Count == 0)
            {
                return null;
            }

            matched.AddRange(any);
        }

        return matched;
    }

    private static bool Contains(string foldedText, string term)
    {
        var folded = TextFold.Fold(term);
        if (folded.Length == 0)
        {
            return false;
        }

        var latinWord = folded.All(char.IsAsciiLetterOrDigit);
        for (var at = foldedText.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(folded, at + 1, StringComparison.Ordinal))
        {
            if (!latinWord)
            {
                return true;
            }

            var before = at == 0 ? ' ' : foldedText[at - 1];
            var after = at + folded.Length >= foldedText.Length ? ' ' : foldedText[at + folded.Length];
            if (!char.IsAsciiLetterOrDigit(before) && !char.IsAsciiLetterOrDigit(after))
            {
                return true;
            }
        }

        return false;
    }
}
