namespace JapanAiGov.Web.Alerts;

public enum AlertEventKind
{
    StatusChanged,
    LegislativeUpdate,

    /// <summary>An editor confirmed that an e-Gov public-comment case bears on the item.</summary>
    PublicComment,

    /// <summary>A Diet bill confirmed for the item reached a new stage.</summary>
    DietBillStep,

    /// <summary>An editor changed the item's action level (Monitor / Prepare / Act).</summary>
    ActionChanged,
}
