using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.PublicComments;

namespace JapanAiGov.Web.Tests.PublicComments;

public sealed class PublicCommentFeedParserTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "egov", name));

    private static string Feed(params string[] items) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <channel rdf:about="https://public-comment.e-gov.go.jp/rss/pcm_list.xml"><title>パブリックコメント</title></channel>
          {string.Join("\n", items)}
        </rdf:RDF>
        """;

    private static string Item(string id, string title, string description, string date = "2026-11-19T15:00:Z") => $"""
        <item rdf:about="https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&amp;id={id}&amp;Mode=0">
          <title>{title}</title>
          <link>https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&amp;id={id}&amp;Mode=0</link>
          <description>{description}</description>
          <dc:date>{date}</dc:date>
        </item>
        """;

    [Fact]
    public void Parse_Sample_ReadsBothCasesWithEveryField()
    {
        var parse = PublicCommentFeedParser.Parse(Sample("pcm_list-sample.xml"), PublicCommentFeed.Consultations);

        Assert.True(parse.IsFeed);
        Assert.Empty(parse.Problems);
        Assert.Equal(["240000123", "550004392"], parse.Entries.Select(e => e.CaseId));
        var pipa = parse.Entries[0];
        Assert.StartsWith("個人情報の保護に関する法律施行規則", pipa.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 20), pipa.PublishedOn);

        // 2026/12/19 23:59 in Japan is 14:59 UTC the same day.
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 14, 59, 0, TimeSpan.Zero), pipa.Deadline);
        Assert.Equal("行政手続", pipa.Category);
        Assert.Equal("個人情報保護委員会事務局", pipa.Office);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 15, 0, 0, TimeSpan.Zero), pipa.FeedDate);
        Assert.Equal("https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id=240000123&Mode=0", pipa.Url);
        Assert.Equal("農林水産省経営局金融調整課", parse.Entries[1].Office);
    }

    [Fact]
    public void Parse_DeadlineAtMidnight_IsTheStartOfThatDayInJapan()
    {
        var parse = PublicCommentFeedParser.Parse(
            Feed(Item("123456789", "案", "案の公示日：2026/11/02&lt;br/&gt;受付締切日時：2026/12/01 00:00&lt;br/&gt;")),
            PublicCommentFeed.Consultations);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), Assert.Single(parse.Entries).Deadline);
    }

    [Theory]
    [InlineData("２０２６／１２／０１　２３：５９", 2026, 12, 1, 14, 59)]
    [InlineData("2026年12月1日 17時00分", 2026, 12, 1, 8, 0)]
    [InlineData("2026-12-01", 2026, 12, 1, 14, 59)]
    [InlineData("2026/11/30 24:00", 2026, 11, 30, 15, 0)]
    public void ParseJapanDeadline_WrittenManyWays_IsRead(string text, int year, int month, int day, int hour, int minute) =>
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), PublicCommentDates.ParseJapanDeadline(text));

    [Theory]
    [InlineData("2026-08-16T15:00:Z", "2026-08-16T15:00:00Z")]
    [InlineData("2026-11-20T09:01:09+0900", "2026-11-20T00:01:09Z")]
    [InlineData("2026-11-20T09:01:09+09:00", "2026-11-20T00:01:09Z")]
    [InlineData("2026-08-16T15:00Z", "2026-08-16T15:00:00Z")]
    [InlineData("2026-08-16", "2026-08-16T00:00:00Z")]
    public void ParseFeedDate_EGovsMalformedForms_AreRead(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublicCommentDates.ParseFeedDate(text));

    [Theory]
    [InlineData("2026-13-45T99:99:Z")]
    [InlineData("yesterday")]
    [InlineData("2026-02-30T00:00:Z")]
    public void ParseFeedDate_Nonsense_IsNull(string text) => Assert.Null(PublicCommentDates.ParseFeedDate(text));

    [Fact]
    public void Parse_BadDatesAndMissingId_AreProblemsNotFailures()
    {
        var noId = """
            <item rdf:about="https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTLIST">
              <title>リンクに番号がない案件</title><link>https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTLIST</link>
            </item>
            """;
        var parse = PublicCommentFeedParser.Parse(
            Feed(
                Item("111111111", "日付の壊れた案件", "案の公示日：いつか&lt;br/&gt;受付締切日時：2026/02/30 23:59&lt;br/&gt;", "not-a-date"),
                noId,
                Item("222222222", "説明のない案件", string.Empty)),
            PublicCommentFeed.Consultations);

        Assert.True(parse.IsFeed);
        Assert.Equal(["111111111", "222222222"], parse.Entries.Select(e => e.CaseId));
        var broken = parse.Entries[0];
        Assert.Null(broken.PublishedOn);
        Assert.Null(broken.Deadline);
        Assert.Null(broken.FeedDate);
        Assert.Contains(parse.Problems, p => p.Contains("111111111", StringComparison.Ordinal) && p.Contains("受付締切日時", StringComparison.Ordinal));
        Assert.Contains(parse.Problems, p => p.Contains("111111111", StringComparison.Ordinal) && p.Contains("dc:date", StringComparison.Ordinal));
        Assert.Contains(parse.Problems, p => p.Contains("no case id", StringComparison.Ordinal));
        Assert.Contains(parse.Problems, p => p.Contains("222222222", StringComparison.Ordinal) && p.Contains("no 受付締切日時", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Result_ReadsResultDateAndCommentCount()
    {
        var parse = PublicCommentFeedParser.Parse(
            Feed(Item("240000123", "個人情報の保護に関する法律施行規則の一部を改正する規則（案）に関する意見募集の結果について", "案の公示日：2026/11/20&lt;br/&gt;結果の公示日：2027/02/01&lt;br/&gt;提出意見数：１２３件&lt;br/&gt;")),
            PublicCommentFeed.Results);

        var entry = Assert.Single(parse.Entries);
        Assert.Equal(new DateOnly(2027, 2, 1), entry.ResultPublishedOn);
        Assert.Equal(123, entry.CommentCount);
        Assert.Empty(parse.Problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<html><body>メンテナンス中</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">&b;</rdf:RDF>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item>")]
    public void Parse_NotAFeed_GivesAnErrorAndNoEntries(string text)
    {
        var parse = PublicCommentFeedParser.Parse(text, PublicCommentFeed.Consultations);

        Assert.False(parse.IsFeed);
        Assert.Empty(parse.Entries);
        Assert.False(string.IsNullOrWhiteSpace(parse.Error));
    }

    [Fact]
    public void Parse_HostileLink_FallsBackToTheOfficialCasePage()
    {
        var xml = Feed("""
            <item rdf:about="x"><title>案</title><link>javascript:alert(1)//?id=987654321</link><description>受付締切日時：2026/12/01 23:59</description></item>
            """);

        var entry = Assert.Single(PublicCommentFeedParser.Parse(xml, PublicCommentFeed.Consultations).Entries);

        Assert.Equal("987654321", entry.CaseId);
        Assert.Equal(PublicCommentLinks.CasePage("987654321"), entry.Url);
    }

    [Fact]
    public void Parse_SameCaseTwice_KeepsTheFirst()
    {
        var parse = PublicCommentFeedParser.Parse(Feed(Item("333333333", "一回目", "受付締切日時：2026/12/01 23:59"), Item("333333333", "二回目", "受付締切日時：2026/12/01 23:59")), PublicCommentFeed.Consultations);

        Assert.Equal("一回目", Assert.Single(parse.Entries).Title);
        Assert.Single(parse.Problems);
    }
}
