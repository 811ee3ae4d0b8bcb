using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Items;

/// <summary>
/// An action level's label and explanation in the reader's language (the glossary in docs/glossary.md: Monitor = 注視,
/// Prepare = 準備, Act = 対応). Strings live in ActionLevelText.resx / .ja.resx beside this file.
/// </summary>
public static class ActionLevelText
{
    private static readonly ResourceManager Resources = new LocalizedResources(typeof(ActionLevelText));

    /// <summary>The label in <paramref name="culture"/> (default: the current UI language).</summary>
    public static string Label(this ActionLevel level, CultureInfo? culture = null) =>
        Resources.GetString(level.ToString(), culture) ?? level.ToString();

    /// <summary>The label for an item that had no level before ("New"), in <paramref name="culture"/>.</summary>
    public static string NewLabel(CultureInfo? culture = null) => Resources.GetString("New", culture) ?? "New";

    public static string Explanation(this ActionLevel level, CultureInfo? culture = null) =>
        Resources.GetString(level + ".Explanation", culture) ?? string.Empty;
}
