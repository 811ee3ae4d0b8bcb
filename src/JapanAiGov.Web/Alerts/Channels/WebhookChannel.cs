namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Signed Standard Webhooks destinations (<see cref="WebhookPayload"/>, <see cref="WebhookSigning"/>).</summary>
public sealed class WebhookChannel(IServiceScopeFactory scopes) : DestinationChannel(scopes)
{
    public override AlertChannel Kind => AlertChannel.Webhook;
}
