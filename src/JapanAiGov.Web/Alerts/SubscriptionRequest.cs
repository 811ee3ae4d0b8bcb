namespace JapanAiGov.Web.Alerts;

/// <summary>A validated subscribe request: normalised address, and the item id or topic the scope needs.</summary>
/// <param name="Language">The language the request was made in ("en" or "ja"): the subscription's emails use it.</param>
/// <param name="Follows">Status changes, action-level changes, or both (the default).</param>
public sealed record SubscriptionRequest(string Email, SubscriptionScope Scope, int? ItemId, string? Topic, AlertCadence Cadence, string Language = "en", AlertFollows Follows = AlertFollows.Both);
