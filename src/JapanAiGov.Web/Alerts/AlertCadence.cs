namespace JapanAiGov.Web.Alerts;

public enum AlertCadence
{
    /// <summary>One email per change, sent as soon as the change commits.</summary>
    Immediate,

    /// <summary>One email per subscription per UTC day, listing every change of that day.</summary>
    DailyDigest,
}
