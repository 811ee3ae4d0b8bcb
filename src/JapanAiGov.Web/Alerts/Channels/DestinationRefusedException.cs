namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>A destination's host resolves to an address <see cref="NetworkGuard"/> forbids.</summary>
public sealed class DestinationRefusedException(string message) : Exception(message);
