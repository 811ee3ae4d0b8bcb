namespace JapanAiGov.Web.Changes;

/// <summary>A reference to one change of the log: its kind and the id of its row (what an alert event points at).</summary>
public readonly record struct ChangeRef(ChangeKind Kind, long Id);
