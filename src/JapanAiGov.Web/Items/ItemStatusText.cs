using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Items;

/// <summary>
/// A status's label and explanation in the reader's language (the glossary in docs/glossary.md: Reported = 報道段階,
/// Confirmed = 確認済み, PendingMetiAnnex = 経産省附属書待ち). Strings live in ItemStatusText.resx / .ja.resx beside this file.
/// </summary>
public static class ItemStatusText
{
    private static readonly ResourceManager Resources = new LocalizedResources(typeof(ItemStatusText));

    /// <summary>The label in <paramref name="culture"/> (default: the current UI language).</summary>
    public static string Label(this ItemStatus status, CultureInfo? culture = null) =>
        Resources.GetString(status.ToString(), culture) ?? status.ToString();

    /// <summary>The label for an item that had no status before ("New"), in <paramref name="culture"/>.</summary>
    public static string NewLabel(CultureInfo? culture = null) => Resources.GetString("New", culture) ?? "New";

    public static string Explanation(this ItemStatus status, CultureInfo? culture = null) =>
        Resources.GetString(status + ".Explanation", culture) ?? string.Empty;
}
