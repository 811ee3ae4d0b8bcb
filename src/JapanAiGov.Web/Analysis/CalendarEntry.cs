namespace JapanAiGov.Web.Analysis;

/// <summary>One all-day date on the calendar.</summary>
/// <param name="Uid">Stable across requests and rebuilds (derived from e-Gov's revision id or our history id), so calendar clients update events instead of duplicating them.</param>
/// <param name="Stamp">When we learned of the date; used as DTSTAMP so the same data always renders the same file.</param>
public sealed record CalendarEntry(
    string Uid,
    DateOnly Date,
    CalendarEntryKind Kind,
    string Summary,
    string Description,
    string? ItemSlug,
    string? ItemTitle,
    string? LawId,
    bool IsScheduled,
    DateTimeOffset Stamp);
