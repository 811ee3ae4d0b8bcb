namespace JapanAiGov.Web.Localization;

/// <summary>
/// Links to the machine-readable outputs (Atom, CSV, iCalendar, JSON) in the reader's language. Those outputs follow only
/// <c>?culture=</c> (one URL, one document), so a Japanese page must say <c>?culture=ja</c> to lead to the Japanese one.
/// </summary>
public static class OutputLinks
{
    /// <summary><paramref name="url"/> with <c>culture=ja</c> added for a Japanese reader; unchanged in English (the outputs' default).</summary>
    public static string InReadersLanguage(string url) =>
        AppCultures.IsJapanese() && !url.Contains("culture=", StringComparison.Ordinal)
            ? url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + AppCultures.Japanese
            : url;
}
