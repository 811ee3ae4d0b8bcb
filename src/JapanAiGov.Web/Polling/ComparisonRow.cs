namespace JapanAiGov.Web.Polling;

/// <summary>A row of a 新旧対照表: the old line (改正前, left) beside the new line (改正後, right).</summary>
public sealed record ComparisonRow(ComparisonCell Old, ComparisonCell New)
{
    public bool IsUnchanged => Old.Kind == ComparisonCellKind.Unchanged && New.Kind == ComparisonCellKind.Unchanged;
}
