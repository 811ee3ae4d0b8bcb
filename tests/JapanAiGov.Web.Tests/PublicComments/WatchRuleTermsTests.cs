using JapanAiGov.Web.Sources;
using CsCheck;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.PublicComments;

namespace JapanAiGov.Web.Tests.PublicComments;

public sealed class WatchRuleTermsTests
{
    private static readonly WatchRuleTerms HighImpact = new([], ["高影響", "フロンティア"], []);
    private static readonly WatchRuleTerms Pipa = new(["個人情報"], ["低リスク", "研究", "人工知能", "AI", "学習"], []);

    [Fact]
    public void Match_HighImpactConsultation_MatchesOnItsWord()
    {
        var terms = HighImpact.Match("高影響AIモデルの評価に関する技術的附属書（案）に関する意見募集", null, "経済産業省商務情報政策局");

        Assert.Equal(["高影響"], terms);
    }

    [Fact]
    public void Match_FullWidthAi_EqualsAi()
    {
        var terms = Pipa.Match("個人情報の取扱いとＡＩ開発に関する指針（案）", null, null);

        Assert.Equal(["個人情報", "AI"], terms);
    }

    [Theory]
    [InlineData("個人情報の保護に関する法律施行規則の一部を改正する規則（案）")]
    [InlineData("人工知能の研究開発に関するガイドライン（案）")]
    [InlineData("Maintaining personal data rules (個人情報)")]
    public void Match_PipaRuleWithoutBothParts_DoesNotMatch(string title) => Assert.Null(Pipa.Match(title, null, null));

    [Fact]
    public void Match_AllOfAndAnyOfInDescription_Matches() =>
        Assert.Equal(["個人情報", "低リスク", "研究"], Pipa.Match("施行令の改正", "対象：個人情報を用いた低リスクの研究", null));

    [Fact]
    public void Match_OfficeLimit_FiltersByResponsibleOffice()
    {
        var meti = new WatchRuleTerms([], ["AI"], ["経済産業省"]);

        Assert.NotNull(meti.Match("AI事業者ガイドライン（案）", null, "経済産業省商務情報政策局情報経済課"));
        Assert.Null(meti.Match("AI事業者ガイドライン（案）", null, "総務省"));
        Assert.Null(meti.Match("AI事業者ガイドライン（案）", null, null));
    }

    [Theory]
    [InlineData("生成AIの利用", true)]
    [InlineData("AI活用", true)]
    [InlineData("ai act", true)]
    [InlineData("maintenance rules", false)]
    [InlineData("Email notices", false)]
    [InlineData("ＡＩ", true)]
    public void Match_LatinTerm_StandsAsAWordInLatinText(string text, bool matches) =>
        Assert.Equal(matches, new WatchRuleTerms([], ["AI"], []).Match(text, null, null) is not null);

    [Fact]
    public void Match_EmptyRule_MatchesNothing() => Assert.Null(new WatchRuleTerms([], [], ["経済産業省"]).Match("anything", "at all", "経済産業省"));

    [Fact]
    public void Match_AnyAsciiTermWrittenFullWidth_IsFoundInText() =>
        Gen.String["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"].Where(t => t.Length > 0).Sample(term =>
        {
            var fullWidth = new string(term.Select(c => (char)(c + 0xFEE0)).ToArray());
            var rule = new WatchRuleTerms([], [term], []);
            Assert.NotNull(rule.Match($"案件「{fullWidth}」について", null, null));
            Assert.NotNull(new WatchRuleTerms([], [fullWidth], []).Match($"案件「{term.ToLowerInvariant()}」について", null, null));
        });

    [Fact]
    public void Split_CommasLinesAndIdeographicCommas_GiveDistinctTerms() =>
        Assert.Equal(["低リスク", "研究", "AI"], WatchRule.Split("低リスク、研究\n AI ,AI,,\r\n"));
}
