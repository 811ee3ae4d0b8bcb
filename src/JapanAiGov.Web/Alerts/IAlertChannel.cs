namespace JapanAiGov.Web.Alerts;

/// <summary>
/// One destination for alerts (email today; a webhook, Slack or Teams tomorrow): renders the channel-neutral
/// <see cref="AlertMessage"/> into its own wire format and hands it over. Registered with
/// <see cref="AlertsServiceCollectionExtensions.AddAlertChannel{TChannel}"/>; the dispatcher finds it through
/// <see cref="AlertChannels"/> by the delivery's <see cref="Delivery.Channel"/>.
/// </summary>
public interface IAlertChannel
{
    AlertChannel Kind { get; }

    /// <summary>A session a sender keeps open for all its deliveries on this channel (one SMTP connection, for email).</summary>
    /// <exception cref="AlertChannelException">The destination cannot be reached at all (server down, login refused): nothing on this channel can go out now.</exception>
    Task<IAlertChannelSession> OpenAsync(CancellationToken cancellationToken);
}
