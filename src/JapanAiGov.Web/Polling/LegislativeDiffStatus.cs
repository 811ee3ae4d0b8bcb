namespace JapanAiGov.Web.Polling;

public enum LegislativeDiffStatus
{
    /// <summary>The articles were compared with the previous stored revision.</summary>
    Compared,

    /// <summary>There is no earlier revision to compare with.</summary>
    NoPreviousRevision,

    /// <summary>e-Gov has no text for the previous revision (404004), so nothing could be compared.</summary>
    PreviousTextUnavailable,

    /// <summary>e-Gov has no text for this revision yet (404004); later passes retry.</summary>
    TextUnavailable,
}
