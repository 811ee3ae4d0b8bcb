namespace JapanAiGov.Web.Alerts;

/// <summary>What one dispatcher pass did.</summary>
public sealed record DispatchResult(int Queued, int Sent, int Retried, int Dead, int Cancelled);
