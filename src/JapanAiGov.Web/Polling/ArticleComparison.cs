using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// The 新旧対照表 of one article: its lines aligned old beside new, with changed characters marked (Japanese has
/// no spaces between words, so the word-level pass works on characters). Built on demand from stored articles.
/// </summary>
public sealed record ArticleComparison(string Heading, IReadOnlyList<ComparisonRow> Rows)
{
    private static readonly Differ Differ = new();

    public static ArticleComparison Build(LawArticle? oldArticle, LawArticle? newArticle)
    {
        var heading = (newArticle ?? oldArticle)?.Heading ?? string.Empty;

        // The heading is the table's caption; it is compared as a line only when it changed (renumbered, new caption).
        var withHeading = oldArticle is null || newArticle is null || oldArticle.Heading != newArticle.Heading;
        var model = SideBySideDiffBuilder.Diff(
            Differ,
            ToText(oldArticle, withHeading),
            ToText(newArticle, withHeading),
            ignoreWhiteSpace: false,
            ignoreCase: false,
            LineChunker.Instance,
            CharacterChunker.Instance);
        var rows = new List<ComparisonRow>(model.NewText.Lines.Count);
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var oldLine = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var newLine = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            rows.Add(new ComparisonRow(ToCell(oldLine, ChangeType.Deleted), ToCell(newLine, ChangeType.Inserted)));
        }

        return new ArticleComparison(heading, rows);
    }

    private static string ToText(LawArticle? article, bool withHeading) =>
        article is null ? string.Empty : string.Join('\n', withHeading ? article.Lines.Prepend(article.Heading) : article.Lines);

    private static ComparisonCell ToCell(DiffPiece? line, ChangeType ownChange)
    {
        if (line is null || line.Type == ChangeType.Imaginary || line.Text is null)
        {
            return ComparisonCell.Empty;
        }

        return line.Type switch
        {
            ChangeType.Unchanged => new ComparisonCell(ComparisonCellKind.Unchanged, [new ComparisonSpan(line.Text, false)]),
            ChangeType.Modified => new ComparisonCell(ComparisonCellKind.Changed, Spans(line, ownChange)),
            _ => new ComparisonCell(ComparisonCellKind.Whole, [new ComparisonSpan(line.Text, true)]),
        };
    }

    private static List<ComparisonSpan> Spans(DiffPiece line, ChangeType ownChange)
    {
        var spans = new List<ComparisonSpan>();
        foreach (var piece in line.SubPieces)
        {
            if (piece.Type == ChangeType.Imaginary || string.IsNullOrEmpty(piece.Text))
            {
                continue;
            }

            Append(spans, piece.Text, piece.Type == ownChange || piece.Type == ChangeType.Modified);
        }

        // A lone unchanged character between two changes reads better as part of one change.
        for (var i = 1; i < spans.Count - 1; i++)
        {
            if (!spans[i].Changed && spans[i].Text.Length == 1 && spans[i - 1].Changed && spans[i + 1].Changed)
            {
                spans[i - 1] = new ComparisonSpan(spans[i - 1].Text + spans[i].Text + spans[i + 1].Text, true);
                spans.RemoveRange(i, 2);
                i--;
            }
        }

        return spans;
    }

    private static void Append(List<ComparisonSpan> spans, string text, bool changed)
    {
        if (spans.Count > 0 && spans[^1].Changed == changed)
        {
            spans[^1] = new ComparisonSpan(spans[^1].Text + text, changed);
        }
        else
        {
            spans.Add(new ComparisonSpan(text, changed));
        }
    }
}
