using System.Text;

namespace JapanAiGov.Web.Tests.Shared;

/// <summary>
/// A small RFC 4180 reader, shared by the unit and integration tests, so CSV tests check what a spreadsheet would read:
/// quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF.
/// </summary>
internal static class Rfc4180
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else if (c is '\r' or '\n')
            {
                throw new FormatException($"A line break outside quotes that is not a row end, at {i}.");
            }
            else
            {
                cell.Append(c);
            }
        }

        if (row.Count > 0 || cell.Length > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
