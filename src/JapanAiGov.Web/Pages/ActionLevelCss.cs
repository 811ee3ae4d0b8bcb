using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Pages;

/// <summary>How the pages show an action level (site.css), as <see cref="ItemStatusCss"/> shows a status.</summary>
public static class ActionLevelCss
{
    public static string CssClass(this ActionLevel level) => level switch
    {
        ActionLevel.Monitor => "action-monitor",
        ActionLevel.Prepare => "action-prepare",
        ActionLevel.Act => "action-act",
    };

    /// <summary>The level's badge: colour, dot and the label in the current language, with the explanation as its title.</summary>
    public static IHtmlContent Badge(this ActionLevel level) => new HtmlContentBuilder(5)
        .AppendHtml($"<span class=\"badge {level.CssClass()}\" title=\"")
        .Append(level.Explanation())
        .AppendHtml("\"><span class=\"badge-dot\" aria-hidden=\"true\"></span>")
        .Append(level.Label())
        .AppendHtml("</span>");
}
