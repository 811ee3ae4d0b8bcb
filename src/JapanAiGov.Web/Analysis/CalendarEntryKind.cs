namespace JapanAiGov.Web.Analysis;

public enum CalendarEntryKind
{
    /// <summary>公布: a revision of a watched law was promulgated.</summary>
    Promulgation,

    /// <summary>施行: a revision of a watched law comes into force (or is scheduled to).</summary>
    Enforcement,

    /// <summary>The date an item's status change takes effect, as the editor recorded it.</summary>
    StatusEffective,

    /// <summary>意見募集締切: the last day to comment on a public-comment case confirmed for an item.</summary>
    CommentDeadline,

    /// <summary>結果公示: the result of such a case was published.</summary>
    PublicCommentResult,
}
