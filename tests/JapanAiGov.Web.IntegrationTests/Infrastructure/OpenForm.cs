namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>A form as a browser holds it: where it posts and the values it would send.</summary>
public sealed record OpenForm(string Action, IReadOnlyDictionary<string, string> Values);
