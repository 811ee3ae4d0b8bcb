namespace JapanAiGov.Web.Polling;

public enum PollOutcome
{
    /// <summary>The pass is under way (or its process died; see <see cref="PollRun.StartedAt"/>).</summary>
    Running,

    /// <summary>Every watched law was checked.</summary>
    Succeeded,

    /// <summary>Some laws were checked, some failed.</summary>
    PartiallyFailed,

    /// <summary>No law could be checked, or the pass itself failed.</summary>
    Failed,
}
