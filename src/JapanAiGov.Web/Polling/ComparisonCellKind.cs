namespace JapanAiGov.Web.Polling;

public enum ComparisonCellKind
{
    Unchanged,

    /// <summary>The line differs from the other side; its changed runs are marked.</summary>
    Changed,

    /// <summary>The line exists only on this side (inserted or deleted as a whole).</summary>
    Whole,

    /// <summary>No line on this side: a placeholder keeping both sides aligned.</summary>
    Empty,
}
