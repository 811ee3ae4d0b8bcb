namespace JapanAiGov.Web.Alerts;

public enum AlertEventKind
{
    StatusChanged,
    LegislativeUpdate,

    /// <summary>An editor confirmed that an e-Gov public-comment case bears on the item.</summary>
    PublicComment,

    /// <summary>A Diet bill confirmed for the item reached a new stage.</summary>
    DietBillStep,

    /// <summary>
    /// An editor retracted a status change (its <see cref="AlertEvent.StatusChangeId"/>): a correction goes to exactly
    /// those who were told of it (<see cref="AlertFanOut"/>), not to the item's subscribers at large.
    /// </summary>
    Correction,

    /// <summary>An item was withdrawn or restored (<see cref="AlertEvent.ItemWithdrawalId"/>).</summary>
    Withdrawal,
    /// <summary>An editor changed the item's action level (Monitor / Prepare / Act).</summary>
    ActionChanged,
}
