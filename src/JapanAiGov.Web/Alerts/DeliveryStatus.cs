namespace JapanAiGov.Web.Alerts;

public enum DeliveryStatus
{
    Pending,
    Sent,

    /// <summary>Failed permanently or too often; shown in /admin/alerts, where it can be retried.</summary>
    Dead,

    /// <summary>Not sent because the subscription ended (or its confirmation was superseded) before it went out.</summary>
    Cancelled,
}
