namespace JapanAiGov.Web.Changes;

/// <summary>What kind of change a <see cref="ChangeEntry"/> records; the order is the tie-break within one instant.</summary>
public enum ChangeKind
{
    StatusChange = 0,
    LegislativeUpdate = 1,

    /// <summary>An editor confirmed that an e-Gov public-comment case bears on an item.</summary>
    PublicComment = 2,

    /// <summary>A Diet bill an editor confirmed for an item reached a stage (submitted … promulgated).</summary>
    DietBill = 3,

    /// <summary>An editor changed an item's action level (Monitor / Prepare / Act).</summary>
    ActionChange = 4,
}
