using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Reads a bill's progress page (<c>keika/{ID}.htm</c>): rows of <c>&lt;td headers="KOMOKU"&gt;</c> label and
/// <c>&lt;td headers="NAIYO"&gt;</c> value. Label and value are paired within their row, never by document order: empty
/// cells are <c>&lt;br&gt;</c> or a bare <c>／</c> that leaves its <c>&lt;span&gt;</c> unclosed, which the HTML5 tree
/// builder closes at the cell's end. Never throws: a page that cannot identify a bill says why in
/// <see cref="DietProgressPage.Problem"/>.
/// </summary>
public static class DietProgressParser
{
    /// <summary>A real page has about 25 rows; this caps what a broken or hostile page can make us hold.</summary>
    public const int MaxRows = 500;

    private const string LabelHeader = "KOMOKU";
    private const string ValueHeader = "NAIYO";

    private static readonly string[] CoreLabels = [DietLabels.Kind, DietLabels.Session, DietLabels.Number, DietLabels.Title];

    public static DietProgressPage Parse(string? html)
    {
        var pairs = new List<(string Label, string Value)>();
        if (!string.IsNullOrWhiteSpace(html))
        {
            var document = new HtmlParser().ParseDocument(html);
            foreach (var row in document.QuerySelectorAll("tr").OfType<IHtmlTableRowElement>())
            {
                var label = CellHeadedBy(row, LabelHeader);
                if (label is null)
                {
                    continue;
                }

                var labelText = RemoveSpaces(DietText.Of(label));
                if (labelText.Length == 0)
                {
                    continue;
                }

                pairs.Add((labelText, CellHeadedBy(row, ValueHeader) is { } value ? DietText.Of(value) : string.Empty));
                if (pairs.Count >= MaxRows)
                {
                    break;
                }
            }
        }

        var facts = pairs.SelectMany(Split).ToList();
        var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, value) in facts)
        {
            if (!byLabel.TryGetValue(label, out var known) || (known.Length == 0 && value.Length > 0))
            {
                byLabel[label] = value;
            }
        }

        string? Text(string label) => byLabel.TryGetValue(label, out var value) && value.Length > 0 ? value : null;
        var session = DietText.Number(Text(DietLabels.Session));
        var number = DietText.Number(Text(DietLabels.Number));

        return new DietProgressPage
        {
            Pairs = pairs,
            Facts = facts,
            FactsByLabel = byLabel,
            Kind = Text(DietLabels.Kind),
            Session = session,
            Number = number,
            Title = Text(DietLabels.Title),
            Submitter = Text(DietLabels.Submitter),
            Representatives = DietHouseProgress.From(byLabel, DietLabels.Representatives),
            Councillors = DietHouseProgress.From(byLabel, DietLabels.Councillors),
            PromulgatedOn = WarekiDate.TryParse(Text(DietLabels.PromulgatedOn), out var date) ? date : null,
            LawNumber = DietPromulgation.LawNumberOf(Text(DietLabels.LawNumber)),
            Problem = ProblemOf(pairs.Count, Text, session, number),
        };
    }

    private static string? ProblemOf(int rows, Func<string, string?> text, int? session, int? number)
    {
        if (rows == 0)
        {
            return $"The page has no progress table (no cells headed {LabelHeader} / {ValueHeader}).";
        }

        var missing = CoreLabels.Where(label => text(label) is null).ToList();
        if (missing.Count > 0)
        {
            return $"The page does not give {string.Join(", ", missing)}.";
        }

        if (session is null)
        {
            return $"{DietLabels.Session} “{DietText.Shorten(text(DietLabels.Session))}” is not a number.";
        }

        if (number is null)
        {
            return $"{DietLabels.Number} “{DietText.Shorten(text(DietLabels.Number))}” is not a number.";
        }

        return DietBillKey.TryCreate(text(DietLabels.Kind), session, number, out _)
            ? null
            : $"{DietLabels.Kind} “{DietText.Shorten(text(DietLabels.Kind))}”, {DietLabels.Session} {session} and {DietLabels.Number} {number} do not name a bill.";
    }

    /// <summary>The row's own cell (not a nested table's) whose <c>headers</c> names that header.</summary>
    private static IHtmlTableCellElement? CellHeadedBy(IHtmlTableRowElement row, string header) =>
        row.Cells.FirstOrDefault(cell => cell.GetAttribute("headers") is { } headers
            && headers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(header, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// <c>衆議院付託年月日／衆議院付託委員会</c> with <c>令和 8年 3月 5日 ／ 財務金融</c> gives two facts. A blank value (or a
    /// bare <c>／</c>) gives blank facts. A value without the separator goes to the first label when it is a date and to
    /// the last otherwise, because every paired label on these pages is "date ／ something". A separator inside the last
    /// part stays there.
    /// </summary>
    private static IEnumerable<(string Label, string Value)> Split((string Label, string Value) pair)
    {
        var labels = pair.Label.Split(DietText.Pair);
        if (labels.Length < 2 || labels.Any(l => l.Length == 0))
        {
            return [pair];
        }

        var values = pair.Value.Split(DietText.Pair, labels.Length).Select(v => v.Trim()).ToArray();
        if (values.Length == 1 && values[0].Length > 0 && !WarekiDate.TryParse(values[0], out _))
        {
            values = [.. Enumerable.Repeat(string.Empty, labels.Length - 1), values[0]];
        }

        return labels.Select((label, i) => (label, i < values.Length ? values[i] : string.Empty));
    }

    private static string RemoveSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
