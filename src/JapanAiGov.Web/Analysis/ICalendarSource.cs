namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Dates a feature adds to the calendar (/calendar, /calendar.ics) beside the law revisions and effective dates, in the
/// current UI language; registered with <c>services.AddScoped&lt;ICalendarSource, T&gt;()</c> by the feature.
/// </summary>
public interface ICalendarSource
{
    Task<IReadOnlyList<CalendarEntry>> ReadAsync(CancellationToken cancellationToken);
}
