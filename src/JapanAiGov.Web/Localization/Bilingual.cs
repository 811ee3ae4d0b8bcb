using System.Globalization;
using JapanAiGov.Web.Infrastructure;
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

    /// <summary>
    /// A text that exists in one language only (a source's title, a reason an editor wrote), with the language it is
    /// written in (<see cref="IsJapaneseText"/>) and marked as the original when that is not the reader's.
    /// </summary>
    public static Bilingual AsWritten(string text, CultureInfo? culture = null)
    {
        var language = IsJapaneseText(text) ? AppCultures.Japanese : AppCultures.English;
        var reader = AppCultures.IsJapanese(culture) ? AppCultures.Japanese : AppCultures.English;
        return new Bilingual(text, language, IsOriginal: language != reader && !string.IsNullOrWhiteSpace(text));
    }

    /// <summary>
    /// True when <paramref name="text"/> reads as Japanese: it has kana, or at least as many kanji and full-width forms as
    /// Latin letters ("Enacted as 令和七年法律第五十三号 and published…" is English quoting a law number).
    /// </summary>
    public static bool IsJapaneseText(string? text)
    {
        if (text is null)
        {
            return false;
        }

        int japanese = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF')
            {
                return true;
            }

            if (c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF9F'))
            {
                japanese++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return japanese > 0 && japanese >= latin;
    }

    /// <summary>The text in an element carrying its language, with the marker after it when it is not the reader's.</summary>
    public IHtmlContent Html(string element = "span") =>
        new HtmlString($"<{element} lang=\"{Language}\">{SafeHtmlEncoder.Instance.Encode(Text)}</{element}>{Marker()}");

    /// <summary>The small "原文 / original" marker beside a text shown in the other language; nothing otherwise.</summary>
    public IHtmlContent Marker() => IsOriginal
        ? new HtmlString($"<span class=\"original-language\" title=\"{SafeHtmlEncoder.Instance.Encode(MarkerText)}\">{SafeHtmlEncoder.Instance.Encode(MarkerText)}</span>")
        : HtmlString.Empty;
}
