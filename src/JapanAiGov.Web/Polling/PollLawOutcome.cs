namespace JapanAiGov.Web.Polling;

public enum PollLawOutcome
{
    Succeeded,

    /// <summary>e-Gov knows no revision of this law id (404001).</summary>
    NotFound,

    Failed,
}
