namespace JapanAiGov.Web.Diet;

public enum DietBillMatchState
{
    /// <summary>Found by a watch rule; waiting for an editor.</summary>
    New,

    /// <summary>An editor confirmed the bill bears on the item: its stages are public and alerted from then on.</summary>
    Confirmed,

    Dismissed,
}
