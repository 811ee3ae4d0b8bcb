namespace JapanAiGov.Web.Analysis;

/// <summary>What kind of change a <see cref="ChangeEntry"/> records; the order is the tie-break within one instant.</summary>
public enum ChangeKind
{
    StatusChange = 0,
    LegislativeUpdate = 1,
}
