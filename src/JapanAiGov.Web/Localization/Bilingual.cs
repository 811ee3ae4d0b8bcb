using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Localization;

/// <summary>One of an item's texts in the reader's language, or in the other when that is empty (then marked as the original).</summary>
/// <param name="Language">The language of <paramref name="Text"/>, for the element's <c>lang</c> attribute.</param>
/// <param name="IsOriginal">True when the reader's language is missing and the other language is shown.</param>
public readonly record struct Bilingual(string Text, string Language, bool IsOriginal)
{
    /// <summary>The marker's words, the same in both languages (pages, emails).</summary>
    public const string MarkerText = "原文 / original";

    public static Bilingual Pick(string english, string japanese, CultureInfo? culture = null) =>
        Pick(english, japanese, AppCultures.IsJapanese(culture));

    /// <summary>The one rule for "an item's text in the reader's language", used after a query reads both columns.</summary>
    public static Bilingual Pick(string english, string japanese, bool wantsJapanese)
    {
        var (wanted, other) = wantsJapanese ? (japanese, english) : (english, japanese);
        var (wantedLanguage, otherLanguage) = wantsJapanese ? (AppCultures.Japanese, AppCultures.English) : (AppCultures.English, AppCultures.Japanese);
        return string.IsNullOrWhiteSpace(wanted) && !string.IsNullOrWhiteSpace(other)
            ? new Bilingual(other, otherLanguage, IsOriginal: true)
            : new Bilingual(wanted, wantedLanguage, IsOriginal: false);
    }

    /// <summary>The small "原文 / original" marker beside a text shown in the other language; nothing otherwise.</summary>
    public IHtmlContent Marker() => IsOriginal
        ? new HtmlString($"<span class=\"original-language\" title=\"{MarkerText}\">{MarkerText}</span>")
        : HtmlString.Empty;
}
