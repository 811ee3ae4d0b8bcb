using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Pages.Dashboard;

/// <summary>A public-comment case open for comments, with the items an editor confirmed it for.</summary>
public sealed record OpenConsultation(
    string CaseId,
    string Title,
    string Url,
    string? Office,
    DateTimeOffset Deadline,
    DateTimeOffset FirstSeenAt,
    IReadOnlyList<ConsultationItem> Items)
{
    /// <summary>Whole days left in Japan (0 on the last day), as <see cref="PublicComments.PublicCommentCase.DaysLeft"/> counts them.</summary>
    public int DaysLeft(DateTimeOffset now) => Math.Max(0, LastDay.DayNumber - JapanTime.DateOf(now).DayNumber);

    /// <summary>The last day to comment: a deadline of 00:00 ends the day before.</summary>
    public DateOnly LastDay => JapanTime.DateOf(Deadline.AddTicks(-1));
}
