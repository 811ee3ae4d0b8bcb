using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Reads the House of Representatives' bill list (<c>kaiji{NNN}.htm</c>, <c>menu.htm</c>): one table per kind, captioned
/// <c>閣法の一覧</c> and so on. Columns are found by their header's name, not their place (承諾 and 決算その他 have no 番号,
/// 決算その他 has a 種類). Never throws: a row that cannot be read is skipped and counted.
/// </summary>
public static partial class DietBillListParser
{
    /// <summary>A real list is a few hundred rows; this caps what a broken or hostile page can make us hold.</summary>
    public const int MaxRows = 5000;

    private const string SessionColumn = "提出回次";
    private const string NumberColumn = "番号";
    private const string TitleColumn = "議案件名";
    private const string StatusColumn = "審議状況";
    private const string ProgressColumn = "経過情報";

    /// <summary>Column spans larger than this are read as 1 (a hostile colspan must not make us build huge maps).</summary>
    private const int MaxSpan = 20;

    public static DietBillList Parse(string? html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (string.IsNullOrWhiteSpace(html))
        {
            return new DietBillList(null, [], 0, ["The page is empty."]);
        }

        var document = new HtmlParser().ParseDocument(html);
        var session = SessionOf(document.Title)
            ?? document.QuerySelectorAll("h1, h2, h3").Select(h => SessionOf(h.TextContent)).FirstOrDefault(s => s is not null);

        var rows = new List<DietBillListRow>();
        var problems = new List<string>();
        var skipped = 0;
        var tables = 0;
        foreach (var table in document.QuerySelectorAll("table").OfType<IHtmlTableElement>())
        {
            var tableRows = table.Rows.ToList();
            var headerAt = tableRows.FindIndex(row => row.Cells.Any(c => c.LocalName == "th") && ColumnsOf(row).ContainsKey(TitleColumn));
            if (headerAt < 0)
            {
                continue;
            }

            tables++;
            var columns = ColumnsOf(tableRows[headerAt]);
            var kind = KindOf(table.Caption is { } caption ? DietText.Of(caption) : string.Empty);
            var rowNumber = 0;
            foreach (var row in tableRows.Skip(headerAt + 1))
            {
                if (!row.Cells.Any(c => c.LocalName == "td"))
                {
                    continue;
                }

                rowNumber++;
                if (rows.Count + skipped >= MaxRows)
                {
                    problems.Add($"The page has more than {MaxRows} rows; the rest were not read.");
                    return new DietBillList(session, rows, skipped, problems);
                }

                var (bill, problem) = ReadRow(row, columns, kind, pageUrl);
                if (bill is null)
                {
                    skipped++;
                    problems.Add($"{(kind.Length == 0 ? "A table without a caption" : kind)}, row {rowNumber}: {problem}; skipped.");
                    continue;
                }

                rows.Add(bill);
            }
        }

        if (tables == 0)
        {
            problems.Add($"The page has no bill table (no header row naming {TitleColumn}).");
        }

        return new DietBillList(session, rows, skipped, problems);
    }

    private static (DietBillListRow? Row, string? Problem) ReadRow(IHtmlTableRowElement row, Dictionary<string, int> columns, string kind, Uri pageUrl)
    {
        if (kind.Length == 0)
        {
            return (null, "the table has no caption naming the kind of bill");
        }

        var cells = CellsByColumn(row);
        if (Cell(cells, columns, TitleColumn) is not { } titleCell)
        {
            return (null, $"only {cells.Count} cells, no {TitleColumn}");
        }

        var title = DietText.Of(titleCell);
        if (title.Length == 0)
        {
            return (null, $"{TitleColumn} is blank");
        }

        if (!TryNumber(cells, columns, SessionColumn, out var session, out var problem)
            || !TryNumber(cells, columns, NumberColumn, out var number, out problem))
        {
            return (null, problem);
        }

        var status = Cell(cells, columns, StatusColumn) is { } statusCell ? DietText.Of(statusCell) : string.Empty;
        var progress = Cell(cells, columns, ProgressColumn)?.QuerySelector("a[href]")?.GetAttribute("href") is { } href ? Resolve(pageUrl, href) : null;
        return (new DietBillListRow(kind, session, number, title, status, progress), null);
    }

    /// <summary>A blank cell (or no such column) is null; a cell with text that is not a number makes the row unreadable.</summary>
    private static bool TryNumber(List<IElement> cells, Dictionary<string, int> columns, string column, out int? value, out string? problem)
    {
        value = null;
        problem = null;
        if (Cell(cells, columns, column) is not { } cell)
        {
            return true;
        }

        var text = DietText.Of(cell);
        if (text.Length == 0)
        {
            return true;
        }

        value = DietText.Number(text);
        if (value is null)
        {
            problem = $"{column} “{DietText.Shorten(text)}” is not a number";
            return false;
        }

        return true;
    }

    private static IElement? Cell(List<IElement> cells, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var at) && at < cells.Count ? cells[at] : null;

    /// <summary>Header name (folded, no spaces) → column position, counting column spans.</summary>
    private static Dictionary<string, int> ColumnsOf(IHtmlTableRowElement header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var cell in header.Cells)
        {
            if (DietText.Fold(DietText.Of(cell)) is { Length: > 0 } name)
            {
                columns.TryAdd(name, position);
            }

            position += Span(cell);
        }

        return columns;
    }

    /// <summary>The cell at each column position (a cell spanning two columns stands at both).</summary>
    private static List<IElement> CellsByColumn(IHtmlTableRowElement row)
    {
        var cells = new List<IElement>();
        foreach (var cell in row.Cells)
        {
            for (var i = Span(cell); i > 0; i--)
            {
                cells.Add(cell);
            }
        }

        return cells;
    }

    private static int Span(IHtmlTableCellElement cell) => cell.ColumnSpan is > 1 and <= MaxSpan ? cell.ColumnSpan : 1;

    private static string KindOf(string caption)
    {
        var kind = caption.Trim();
        return kind.EndsWith("の一覧", StringComparison.Ordinal) ? kind[..^"の一覧".Length].Trim() : kind;
    }

    private static int? SessionOf(string? text) =>
        DietText.Fold(text) is { } folded && SessionPattern().Match(folded) is { Success: true } match
            ? DietText.Number(match.Groups["session"].Value)
            : null;

    /// <summary>Relative links (<c>./keika/1DE14D2.htm</c>) against the page; only http(s) links are kept.</summary>
    private static Uri? Resolve(Uri pageUrl, string href)
    {
        var trimmed = href.Trim();
        var resolved = pageUrl.IsAbsoluteUri
            ? Uri.TryCreate(pageUrl, trimmed, out var relative) ? relative : null
            : Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) ? absolute : null;
        return resolved is { Scheme: "http" or "https" } ? resolved : null;
    }

    [GeneratedRegex("第(?<session>[0-9]{1,4})回国会", RegexOptions.CultureInvariant)]
    private static partial Regex SessionPattern();
}
