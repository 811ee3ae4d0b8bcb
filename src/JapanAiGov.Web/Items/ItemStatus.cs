namespace JapanAiGov.Web.Items;

/// <summary>How far a regulatory development has come, as far as official sources show.</summary>
public enum ItemStatus
{
    /// <summary>Press or early reporting only.</summary>
    Reported,

    /// <summary>Official text or an official government publication exists.</summary>
    Confirmed,

    /// <summary>Adopted in principle; the operative definitions wait on METI technical annexes.</summary>
    PendingMetiAnnex,
}
