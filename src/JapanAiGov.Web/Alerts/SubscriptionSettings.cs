namespace JapanAiGov.Web.Alerts;

/// <summary>What a subscriber may change about an email subscription from its settings page (already validated).</summary>
public sealed record SubscriptionSettings(SubscriptionScope Scope, int? ItemId, string? Topic, AlertCadence Cadence, string Language, AlertFollows Follows);
