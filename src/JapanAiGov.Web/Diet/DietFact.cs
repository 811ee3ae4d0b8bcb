namespace JapanAiGov.Web.Diet;

/// <summary>One fact known about a bill: a progress page's label and its value.</summary>
/// <param name="Value">The current value; "" while the label has been seen but never filled.</param>
/// <param name="FirstSeenAt">When the current value was first seen (for a blank, when the label was).</param>
/// <param name="PreviousValue">The value it replaced when a page changed it, kept as history for editors; null otherwise.</param>
public sealed record DietFact(string Label, string Value, DateTimeOffset FirstSeenAt, string? PreviousValue)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
