using System.Globalization;

namespace JapanAiGov.Web.Localization;

/// <summary>The languages the site is written in: English (the default) and Japanese.</summary>
public static class AppCultures
{
    public const string English = "en";

    public const string Japanese = "ja";

    public static readonly IReadOnlyList<string> Supported = [English, Japanese];

    /// <summary>True when the current UI language is Japanese (or a Japanese variant such as ja-JP).</summary>
    public static bool IsJapanese(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == Japanese;

    /// <summary>The supported language name for <paramref name="name"/> ("ja-JP" → "ja"), or null when it is not one we serve.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var language = name.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(language) ? language : null;
    }

    /// <summary>The culture to write in for a stored language name; English for anything unknown.</summary>
    public static CultureInfo Get(string? name) => CultureInfo.GetCultureInfo(Normalize(name) ?? English);
}
