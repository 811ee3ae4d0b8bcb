namespace JapanAiGov.Web.Alerts;

public enum DeliveryKind
{
    /// <summary>The double opt-in email with the confirmation link.</summary>
    Confirmation,

    /// <summary>One alert event for one immediate subscription.</summary>
    Alert,

    /// <summary>Every change of one UTC day for one daily-digest subscription.</summary>
    Digest,
}
