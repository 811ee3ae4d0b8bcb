namespace JapanAiGov.Web.Sources;

/// <summary>What started a poll pass.</summary>
public enum PollTrigger
{
    Scheduled,

    /// <summary>An editor pressed "Poll now".</summary>
    Manual,

    /// <summary>The <c>poll</c> command.</summary>
    Command,
}
