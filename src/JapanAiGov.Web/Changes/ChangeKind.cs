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

    /// <summary>
    /// An editor retracted a status change made in error (訂正): the entry names what was said and what is true again.
    /// Its id is the retracted status change's.
    /// </summary>
    Correction = 5,

    /// <summary>An item was withdrawn because its reported plan was walked back (撤回), or restored after one.</summary>
    Withdrawal = 6,
}
