using System.Text.Json;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Tests.Polling;

public sealed class ArticleExtractorTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "egov", name));

    private static IReadOnlyList<LawArticle> ExtractJson(string lawFullText) =>
        ArticleExtractor.Extract(JsonSerializer.Deserialize<LawNode>(lawFullText, EGovJson.Options)!);

    [Fact]
    public void Extract_AiPromotionActSample_ReadsArticlesCaptionsAndParagraphs()
    {
        var data = JsonSerializer.Deserialize<EGovLawData>(Sample("law_data-507AC0000000053.json"), EGovJson.Options)!;

        var articles = ArticleExtractor.Extract(data.LawFullText!);

        Assert.Equal(["1", "2", "3"], articles.Select(a => a.Key));
        Assert.Equal("第一条", articles[0].Title);
        Assert.Equal("（目的）", articles[0].Caption);
        Assert.StartsWith("この法律は、人工知能関連技術が", Assert.Single(articles[0].Lines), StringComparison.Ordinal);
        Assert.Equal(2, articles[2].Lines.Count);
        Assert.StartsWith("２　人工知能関連技術の研究開発及び活用の推進は", articles[2].Lines[1], StringComparison.Ordinal);
        Assert.Equal("第三条（基本理念）", articles[2].Heading);
    }

    [Fact]
    public void Extract_ElmArticleSample_RootIsTheArticle()
    {
        var data = JsonSerializer.Deserialize<EGovLawData>(Sample("law_data-415AC0000000057-elm-Article_1.json"), EGovJson.Options)!;

        var article = Assert.Single(ArticleExtractor.Extract(data.LawFullText!));

        Assert.Equal("1", article.Key);
        Assert.StartsWith("この法律は、デジタル社会の進展に伴い", Assert.Single(article.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AttrAsEmptyStringObjectOrNull_AreAllAccepted()
    {
        var articles = ExtractJson("""
            {"tag":"MainProvision","attr":"","children":[
              {"tag":"Article","attr":{"Num":"5","Delete":false},"children":[
                {"tag":"ArticleTitle","attr":null,"children":["第五条"]},
                {"tag":"Paragraph","attr":{"Num":1},"children":[
                  {"tag":"ParagraphNum","attr":"","children":[]},
                  {"tag":"ParagraphSentence","attr":{},"children":[{"tag":"Sentence","attr":"","children":["本文。"]}]}]}]}]}
            """);

        var article = Assert.Single(articles);
        Assert.Equal("5", article.Key);
        Assert.Null(article.Caption);
        Assert.Equal(["本文。"], article.Lines);
    }

    [Fact]
    public void Extract_Ruby_DropsTheReading()
    {
        var articles = ExtractJson("""
            {"tag":"Article","attr":{"Num":"7"},"children":[
              {"tag":"ArticleTitle","attr":{},"children":["第七条"]},
              {"tag":"Paragraph","attr":{"Num":"1"},"children":[
                {"tag":"ParagraphSentence","attr":{},"children":[{"tag":"Sentence","attr":{},"children":[
                  "事業者は、",
                  {"tag":"Ruby","attr":{},"children":["遡",{"tag":"Rt","attr":{},"children":["そ"]}]},
                  "及して適用しない。"]}]}]}]}
            """);

        Assert.Equal(["事業者は、遡及して適用しない。"], Assert.Single(articles).Lines);
    }

    [Fact]
    public void Extract_ItemsSubitemsAndColumns_OneLineEachWithTheirNumbers()
    {
        var articles = ExtractJson("""
            {"tag":"Article","attr":{"Num":"2"},"children":[
              {"tag":"ArticleTitle","attr":{},"children":["第二条"]},
              {"tag":"Paragraph","attr":{"Num":"1"},"children":[
                {"tag":"ParagraphNum","attr":{},"children":[]},
                {"tag":"ParagraphSentence","attr":{},"children":[{"tag":"Sentence","attr":{},"children":["次に掲げるもの。"]},{"tag":"Sentence","attr":{},"children":["ただし、書きがある。"]}]},
                {"tag":"Item","attr":{"Num":"1"},"children":[
                  {"tag":"ItemTitle","attr":{},"children":["一"]},
                  {"tag":"ItemSentence","attr":{},"children":[{"tag":"Column","attr":{},"children":["個人識別符号"]},{"tag":"Column","attr":{},"children":["符号をいう。"]}]},
                  {"tag":"Subitem1","attr":{"Num":"1"},"children":[
                    {"tag":"Subitem1Title","attr":{},"children":["イ"]},
                    {"tag":"Subitem1Sentence","attr":{},"children":[{"tag":"Sentence","attr":{},"children":["指紋"]}]}]}]}]},
              {"tag":"Paragraph","attr":{"Num":"2"},"children":[
                {"tag":"ParagraphNum","attr":{},"children":["２"]},
                {"tag":"ParagraphSentence","attr":{},"children":[{"tag":"Sentence","attr":{},"children":["第二項。"]}]}]}]}
            """);

        Assert.Equal(
            ["次に掲げるもの。ただし、書きがある。", "一　個人識別符号　符号をいう。", "イ　指紋", "２　第二項。"],
            Assert.Single(articles).Lines);
    }

    [Fact]
    public void Extract_SupplementaryProvisionsAndTableOfContents_KeyedApartOrSkipped()
    {
        var articles = ExtractJson("""
            {"tag":"LawBody","attr":{},"children":[
              {"tag":"TOC","attr":{},"children":[{"tag":"TOCLabel","attr":{},"children":["目次"]}]},
              {"tag":"MainProvision","attr":{},"children":[
                {"tag":"Chapter","attr":{"Num":"1"},"children":[
                  {"tag":"Article","attr":{"Num":"1"},"children":[{"tag":"ArticleTitle","attr":{},"children":["第一条"]}]}]}]},
              {"tag":"SupplProvision","attr":{},"children":[
                {"tag":"SupplProvisionLabel","attr":{},"children":["附　則"]},
                {"tag":"Article","attr":{"Num":"1"},"children":[{"tag":"ArticleTitle","attr":{},"children":["第一条"]}]}]},
              {"tag":"SupplProvision","attr":{"AmendLawNum":"令和八年法律第五十六号"},"children":[
                {"tag":"Paragraph","attr":{"Num":"1"},"children":[{"tag":"ParagraphSentence","attr":{},"children":[{"tag":"Sentence","attr":{},"children":["この法律は、公布の日から施行する。"]}]}]}]}]}
            """);

        Assert.Equal(["1", "附則:1", "附則(令和八年法律第五十六号):本文"], articles.Select(a => a.Key));
        Assert.Equal("附則 第一条", articles[1].Title);
    }

    [Fact]
    public void LawArticles_RoundTripAndHash_AreStable()
    {
        var data = JsonSerializer.Deserialize<EGovLawData>(Sample("law_data-507AC0000000053.json"), EGovJson.Options)!;
        var articles = ArticleExtractor.Extract(data.LawFullText!);

        var json = LawArticles.ToJson(articles);
        var back = LawArticles.FromJson(json);

        Assert.Equal(articles.Count, back.Count);
        Assert.All(articles.Zip(back), pair => Assert.True(pair.First.SameTextAs(pair.Second)));
        Assert.Equal(LawArticles.Hash(json), LawArticles.Hash(LawArticles.ToJson(back)));
        Assert.Contains("人工知能", json, StringComparison.Ordinal);
    }
}
