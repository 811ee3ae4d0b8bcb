namespace JapanAiGov.Web.Sources;

public enum PollOutcome
{
    /// <summary>The pass is under way.</summary>
    Running,

    /// <summary>Every watched law was checked.</summary>
    Succeeded,

    /// <summary>Some laws were checked, some failed.</summary>
    PartiallyFailed,

    /// <summary>No law could be checked, or the pass itself failed.</summary>
    Failed,

    /// <summary>Its instance died (crash, kill) before it finished; the next pass that took the lease over marked it.</summary>
    Abandoned,
}
