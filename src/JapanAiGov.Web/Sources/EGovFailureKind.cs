namespace JapanAiGov.Web.Sources;

public enum EGovFailureKind
{
    /// <summary>HTTP 400: our request was wrong; a bug, never retried.</summary>
    BadRequest,

    /// <summary>429 or 5xx still failing after the retries.</summary>
    Unavailable,

    /// <summary>No answer in time, after the retries.</summary>
    Timeout,

    /// <summary>The connection failed (refused, reset, DNS), after the retries.</summary>
    Network,

    /// <summary>A 200 whose body is not the JSON we expect.</summary>
    Malformed,

    /// <summary>An answer larger than the source accepts (<see cref="HttpBodyLimit"/>), stopped while reading; never retried.</summary>
    TooLarge,

    /// <summary>Any other status.</summary>
    UnexpectedStatus,
}
