namespace JapanAiGov.Web.Alerts;

public enum AlertEventKind
{
    StatusChanged,
    LegislativeUpdate,

    /// <summary>An editor confirmed that an e-Gov public-comment case bears on the item.</summary>
    PublicComment,
}
