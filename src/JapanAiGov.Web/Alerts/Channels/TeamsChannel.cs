namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Microsoft Teams Workflows webhooks (<see cref="TeamsCard"/>).</summary>
public sealed class TeamsChannel(IServiceScopeFactory scopes) : DestinationChannel(scopes)
{
    public override AlertChannel Kind => AlertChannel.Teams;
}
