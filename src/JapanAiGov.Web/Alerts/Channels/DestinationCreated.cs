namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>A new destination, or why there is none (in the current UI language). <see cref="Secret"/>: a webhook's, shown once.</summary>
public sealed record DestinationCreated(ChannelDestination? Destination, string? Secret, string? Problem);
