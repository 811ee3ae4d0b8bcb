using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// A public-comment case (意見募集) seen on e-Gov, keyed on its case id, so every re-poll updates the same row and a
/// result (<see cref="Result"/>) attaches to it. Consultation fields stay empty when the case was first seen as a result.
/// </summary>
public sealed class PublicCommentCase
{
    public const int CaseIdMaxLength = 20;

    public long Id { get; set; }

    /// <summary>e-Gov's case number (案件番号), the <c>id=</c> of its link.</summary>
    public required string CaseId { get; set; }

    public required string Title { get; set; }

    /// <summary>The case page on e-Gov (always an https page on e-Gov).</summary>
    public required string Url { get; set; }

    /// <summary>問合せ先（所管省庁・部局名等）: the responsible ministry and office.</summary>
    public string? Office { get; set; }

    public string? Category { get; set; }

    /// <summary>案の公示日: when the draft was published for comment (a Japanese calendar day).</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>受付締切日時: the comment deadline, read as Japan time.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>The description as e-Gov wrote it (fields one per line), for editors and for matching.</summary>
    public string Description { get; set; } = string.Empty;

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>True once the consultation feed listed it (false when only its result was seen).</summary>
    public bool SeenAsConsultation { get; set; }

    public PublicCommentResult? Result { get; set; }

    public List<PublicCommentMatch> Matches { get; set; } = [];

    /// <summary>Whole days from <paramref name="now"/> to the deadline in Japan (0 on the last day); null without a deadline or once it passed.</summary>
    public int? DaysLeft(DateTimeOffset now)
    {
        if (Deadline is not { } deadline || deadline <= now)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(now.ToOffset(JapanTime.Offset).DateTime);
        var lastDay = DateOnly.FromDateTime(deadline.ToOffset(JapanTime.Offset).AddTicks(-1).DateTime);
        return Math.Max(0, lastDay.DayNumber - today.DayNumber);
    }

    public bool IsOpen(DateTimeOffset now) => Deadline is { } deadline && deadline > now;
}
