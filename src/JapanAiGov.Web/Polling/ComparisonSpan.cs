namespace JapanAiGov.Web.Polling;

/// <summary>A run of text in one side of a comparison; <see cref="Changed"/> runs are highlighted.</summary>
public sealed record ComparisonSpan(string Text, bool Changed);
