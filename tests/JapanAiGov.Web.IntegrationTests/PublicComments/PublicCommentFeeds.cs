using System.Xml.Linq;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

/// <summary>Writes public-comment feeds the way e-Gov does (RSS 1.0/RDF, escaped-HTML description, the malformed dc:date).</summary>
public static class PublicCommentFeeds
{
    public const string MetiHighImpactId = "595260101";
    public const string UnrelatedId = "550004392";
    public const string PipaLowRiskId = "240000124";

    private static readonly XNamespace Rss = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>METI's consultation on the high-impact annex: deadline at 00:00 (JST) on 2026-12-25, i.e. the end of the 24th.</summary>
    public static FeedItem MetiHighImpact => new(
        MetiHighImpactId,
        "高影響AIモデルの判断基準に関する技術的附属書（案）に関する意見募集について",
        ["案の公示日：2026/11/20", "受付締切日時：2026/12/25 00:00", "カテゴリー：産業", "問合せ先（所管省庁・部局名等）：経済産業省商務情報政策局情報経済課"],
        "2026-11-19T15:00:Z");

    /// <summary>A real, unrelated consultation (API.md sample item 2): agriculture finance.</summary>
    public static FeedItem Unrelated => new(
        UnrelatedId,
        "農業近代化資金融通法施行令の一部を改正する政令案についての意見・情報の募集について",
        ["案の公示日：2026/08/17", "受付締切日時：2026/09/06 23:59", "カテゴリー：農業", "問合せ先（所管省庁・部局名等）：農林水産省経営局金融調整課"],
        "2026-08-16T15:00:Z");

    /// <summary>The PPC's consultation on the low-risk research criteria, written with full-width characters.</summary>
    public static FeedItem PipaLowRisk => new(
        PipaLowRiskId,
        "個人情報の保護に関する法律に基づく「低リスク研究」の基準（案）に関する意見募集について（ＡＩ学習）",
        ["案の公示日：２０２６／１１／２１", "受付締切日時：２０２６／１２／２０　２３：５９", "カテゴリー：行政手続", "問合せ先（所管省庁・部局名等）：個人情報保護委員会事務局"],
        "2026-11-20T15:00Z");

    public static FeedItem MetiHighImpactResult(int comments) => new(
        MetiHighImpactId,
        "高影響AIモデルの判断基準に関する技術的附属書（案）に関する意見募集の結果について",
        ["案の公示日：2026/11/20", "結果の公示日：2027/02/10", $"提出意見数：{comments}", "問合せ先（所管省庁・部局名等）：経済産業省商務情報政策局情報経済課"],
        "2027-02-09T15:00:Z",
        ResultLink: true);

    public static string Feed(params FeedItem[] items) => Write(items, "pcm_list.xml");

    public static string ResultsFeed(params FeedItem[] items) => Write(items, "pcm_result.xml");

    private static string Write(FeedItem[] items, string file)
    {
        var root = new XElement(
            Rdf + "RDF",
            new XAttribute("xmlns", Rss.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "rdf", Rdf.NamespaceName),
            new XElement(
                Rss + "channel",
                new XAttribute(Rdf + "about", $"https://public-comment.e-gov.go.jp/rss/{file}"),
                new XElement(Rss + "title", "パブリックコメント"),
                new XElement(Dc + "date", "2026-11-24T09:01:09+0900")));
        foreach (var item in items)
        {
            var link = item.ResultLink
                ? $"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCM1040&id={item.Id}&Mode=1"
                : $"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={item.Id}&Mode=0";
            root.Add(new XElement(
                Rss + "item",
                new XAttribute(Rdf + "about", link),
                new XElement(Rss + "title", item.Title),
                new XElement(Rss + "link", link),
                new XElement(Rss + "description", string.Concat(item.Fields.Select(f => f + "<br/>"))),
                new XElement(Dc + "date", item.Date)));
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).ToString();
    }

    public sealed record FeedItem(string Id, string Title, string[] Fields, string Date, bool ResultLink = false);
}
