namespace JapanAiGov.Web.Alerts;

/// <summary>A validated subscribe request: normalised address, and the item id or topic the scope needs.</summary>
public sealed record SubscriptionRequest(string Email, SubscriptionScope Scope, int? ItemId, string? Topic, AlertCadence Cadence);
