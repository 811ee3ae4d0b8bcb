namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>What the admin page and <c>channels add</c> ask for: kind ("webhook", "slack", "teams"), URL, scope, language.</summary>
public sealed record DestinationRequest(string? Kind, string? Url, string? Name, string? ItemSlug, string? Topic, string? Language, string CreatedBy);
