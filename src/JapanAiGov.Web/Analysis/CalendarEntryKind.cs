namespace JapanAiGov.Web.Analysis;

public enum CalendarEntryKind
{
    /// <summary>公布: a revision of a watched law was promulgated.</summary>
    Promulgation,

    /// <summary>施行: a revision of a watched law comes into force (or is scheduled to).</summary>
    Enforcement,

    /// <summary>The date an item's status change takes effect, as the editor recorded it.</summary>
    StatusEffective,
}
