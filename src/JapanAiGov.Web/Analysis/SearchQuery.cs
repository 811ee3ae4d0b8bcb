using System.Text;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// What a person typed into the search box, as terms: words split on any whitespace (the ideographic space
/// included), or "quoted phrases". Every term must match (AND). Japanese needs no spaces: 個人情報 is one term
/// that matches as a substring.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 8;

    /// <summary>The trigram tokenizer indexes 3-character sequences: shorter terms are matched another way.</summary>
    public const int IndexedTermMinLength = 3;

    private SearchQuery(string text, IReadOnlyList<string> terms)
    {
        Text = text;
        Terms = terms;
    }

    public string Text { get; }

    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Empty { get; } = new(string.Empty, []);

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength];
        }

        var terms = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in trimmed)
        {
            if (c is '"' or '“' or '”' or '「' or '」')
            {
                Flush();
                quoted = !quoted;
            }
            else if (!quoted && char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (!char.IsControl(c))
            {
                current.Append(c);
            }
        }

        Flush();
        return new SearchQuery(trimmed, terms.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList());

        void Flush()
        {
            var term = current.ToString().Trim();
            current.Clear();
            if (term.Length > 0)
            {
                terms.Add(term.Normalize(NormalizationForm.FormC));
            }
        }
    }

    /// <summary>A LIKE pattern finding <paramref name="term"/> anywhere, its % _ \ escaped with \ (both providers' LIKE escape).</summary>
    public static string ContainsPattern(string term)
    {
        var builder = new StringBuilder(term.Length + 2).Append('%');
        foreach (var c in term)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('%').ToString();
    }

    /// <summary>Length in characters as the tokenizer counts them (Unicode code points, not UTF-16 units).</summary>
    public static int CodePointLength(string term) => term.EnumerateRunes().Count();
}
