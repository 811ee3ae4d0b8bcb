namespace JapanAiGov.Web.Polling;

public enum LegislativeUpdateState
{
    /// <summary>Waiting for an editor in the inbox.</summary>
    New,

    /// <summary>An editor has read it; no item change was needed.</summary>
    Acknowledged,

    /// <summary>An editor changed the linked item's status because of it.</summary>
    Applied,
}
