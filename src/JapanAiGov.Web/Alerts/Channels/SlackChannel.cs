namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Slack incoming webhooks (<see cref="SlackMessage"/>, paced by <see cref="SlackPacer"/>).</summary>
public sealed class SlackChannel(IServiceScopeFactory scopes) : DestinationChannel(scopes)
{
    public override AlertChannel Kind => AlertChannel.Slack;
}
