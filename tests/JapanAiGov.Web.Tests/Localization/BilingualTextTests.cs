using CsCheck;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Tests.Localization;

public sealed class BilingualTextTests
{
    [Theory]
    [InlineData("個人情報の保護に関する法律", true)]
    [InlineData("AI政策（経済産業省）", true)]
    [InlineData("Enacted as 令和七年法律第五十三号 and published on e-Gov as law 507AC0000000053.", false)]
    [InlineData("Japan relaxes privacy laws", false)]
    [InlineData("", false)]
    public void IsJapaneseText_ReadsTheTextsLanguage(string text, bool japanese) =>
        Assert.Equal(japanese, Bilingual.IsJapaneseText(text));

    [Fact]
    public void IsJapaneseText_AnyTextWithKana_IsJapanese() =>
        Gen.Select(Gen.String, Gen.Char['\u3041', '\u30FA'], Gen.String)
            .Sample((before, kana, after) => Bilingual.IsJapaneseText(before + kana + after));

    [Fact]
    public void AsWritten_MarksTheOtherLanguageAsTheOriginal()
    {
        var japanese = System.Globalization.CultureInfo.GetCultureInfo("ja");
        Assert.Equal(new Bilingual("The Register", "en", IsOriginal: true), Bilingual.AsWritten("The Register", japanese));
        Assert.Equal(new Bilingual("読売新聞", "ja", IsOriginal: false), Bilingual.AsWritten("読売新聞", japanese));
        Assert.Contains("lang=\"en\"", Bilingual.AsWritten("<b>x</b>", japanese).Html().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", Bilingual.AsWritten("<b>x</b>", japanese).Html().ToString(), StringComparison.Ordinal);
    }
}
