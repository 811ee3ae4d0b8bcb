namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Where a subscription's messages go, stored by name on <see cref="Subscription"/> and copied onto each
/// <see cref="Delivery"/>. A new destination adds a value here and an <see cref="IAlertChannel"/> registered with
/// <see cref="AlertsServiceCollectionExtensions.AddAlertChannel{TChannel}"/>; the switches over it then fail the build
/// until every renderer has an arm for it.
/// </summary>
public enum AlertChannel
{
    /// <summary>An email to the subscription's address (Alerts/Email/).</summary>
    Email = 0,

    /// <summary>A signed Standard Webhooks POST to a destination's URL (Alerts/Channels/).</summary>
    Webhook = 1,

    /// <summary>A Block Kit message to a Slack incoming webhook (Alerts/Channels/).</summary>
    Slack = 2,

    /// <summary>An Adaptive Card to a Microsoft Teams Workflows webhook (Alerts/Channels/).</summary>
    Teams = 3,
}
