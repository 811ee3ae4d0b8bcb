namespace JapanAiGov.Web.Items;

/// <summary>What an organisation should do about an item now (注視 / 準備 / 対応); the order is the order of urgency.</summary>
public enum ActionLevel
{
    /// <summary>Watch; no change to practices (注視).</summary>
    Monitor,

    /// <summary>Plan and budget; draft changes (準備).</summary>
    Prepare,

    /// <summary>Change practices now (対応).</summary>
    Act,
}
