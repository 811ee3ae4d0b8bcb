using System.Text.Encodings.Web;
using System.Text.Unicode;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Pages;
using Microsoft.AspNetCore.Html;

namespace JapanAiGov.Web.Tests.Pages;

public sealed class ItemStatusBadgeTests
{
    [Theory]
    [InlineData(ItemStatus.Reported, "status-reported")]
    [InlineData(ItemStatus.Confirmed, "status-confirmed")]
    [InlineData(ItemStatus.PendingMetiAnnex, "status-pending")]
    public void Badge_InEnglish_ColourDotLabelAndExplanationAsTitle(ItemStatus status, string css)
    {
        using var english = CultureScope.Use("en");

        var html = Render(status.Badge());

        Assert.Equal(
            $"<span class=\"badge {css}\" title=\"{System.Net.WebUtility.HtmlEncode(status.Explanation())}\"><span class=\"badge-dot\" aria-hidden=\"true\"></span>{status.Label()}</span>",
            html);
    }

    [Fact]
    public void Badge_InJapanese_WritesJapaneseAsItselfNotAsCharacterReferences()
    {
        using var japanese = CultureScope.Use("ja");

        var html = Render(ItemStatus.PendingMetiAnnex.Badge());

        Assert.Contains($">{ItemStatus.PendingMetiAnnex.Label()}</span>", html);
        Assert.DoesNotContain("&#x", html);
        Assert.NotEqual(ItemStatus.PendingMetiAnnex.Label(), ItemStatus.PendingMetiAnnex.Label(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    /// <summary>Written as a page writes it, with the encoder the app configures for Razor (every script as itself).</summary>
    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Create(UnicodeRanges.All));
        return writer.ToString();
    }
}
