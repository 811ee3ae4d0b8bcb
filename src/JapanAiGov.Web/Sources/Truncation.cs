namespace JapanAiGov.Web.Sources;

/// <summary>Fits text from e-Gov (or an error message) into a column, marking the cut with an ellipsis.</summary>
internal static class Truncation
{
    public static string? Fit(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
