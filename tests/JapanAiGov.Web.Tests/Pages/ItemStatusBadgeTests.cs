using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Pages;

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

        var html = status.Badge().ToString();

        Assert.Equal(
            $"<span class=\"badge {css}\" title=\"{System.Net.WebUtility.HtmlEncode(status.Explanation())}\"><span class=\"badge-dot\" aria-hidden=\"true\"></span>{status.Label()}</span>",
            html);
    }

    [Fact]
    public void Badge_InJapanese_WritesJapaneseAsItselfNotAsCharacterReferences()
    {
        using var japanese = CultureScope.Use("ja");

        var html = ItemStatus.PendingMetiAnnex.Badge().ToString();

        Assert.Contains($">{ItemStatus.PendingMetiAnnex.Label()}</span>", html);
        Assert.DoesNotContain("&#x", html);
        Assert.NotEqual(ItemStatus.PendingMetiAnnex.Label(), ItemStatus.PendingMetiAnnex.Label(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }
}
