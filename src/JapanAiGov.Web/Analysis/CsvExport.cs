using System.Globalization;
using System.Text;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The dashboard view as RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel shows Japanese instead of mojibake),
/// CRLF line ends, and every cell that a spreadsheet would run as a formula neutralised with a leading apostrophe.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
        ["slug", "title", "title_ja", "topic", "status", "status_label", "status_changed_at", "law_id", "url", "action", "action_label", "withdrawn"];

    public static byte[] Write(DashboardView view, AppOptions app)
    {
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var row in view.Rows)
        {
            AppendRow(text,
            [
                row.Slug,
                row.Title,
                row.TitleJa,
                row.Topic,
                row.Status.ToString(),
                row.Status.Label(),
                // ISO 8601 either way: UTC in English, Japan time with its offset (+09:00) in Japanese, as the pages show JST.
                AppCultures.IsJapanese()
                    ? JapanTime.ToJst(row.StatusChangedAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                    : row.StatusChangedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                row.LawId ?? string.Empty,
                app.Link("/items/" + row.Slug).ToString(),
                row.Action?.ToString() ?? string.Empty,
                row.Action?.Label() ?? string.Empty,
                row.Withdrawn ? "true" : "false",
            ]);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>One cell: neutralised against formula injection, then quoted if it holds a comma, quote or line break.</summary>
    public static string Cell(string value)
    {
        // Stored text may hold control characters no spreadsheet shows; line breaks stay (quoted) as LF.
        value = SafeText.MultiLine(value);
        // OWASP's list: =, +, -, @ start a formula in Excel, LibreOffice and Google Sheets; tab and CR can too.
        // Their full-width forms are included because Japanese spreadsheet setups may normalise them on import.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
