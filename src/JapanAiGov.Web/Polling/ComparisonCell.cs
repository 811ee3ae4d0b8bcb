namespace JapanAiGov.Web.Polling;

/// <summary>One side of one row of a 新旧対照表.</summary>
public sealed record ComparisonCell(ComparisonCellKind Kind, IReadOnlyList<ComparisonSpan> Spans)
{
    public static readonly ComparisonCell Empty = new(ComparisonCellKind.Empty, []);
}
