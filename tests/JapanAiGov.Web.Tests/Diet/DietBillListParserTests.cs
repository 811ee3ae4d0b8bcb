using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietBillListParserTests
{
    private static readonly Uri Page = DietSamples.ListUrl;

    [Fact]
    public void Parse_Kaiji221Excerpt_ReadsEveryRowAsWritten()
    {
        var list = DietBillListParser.Parse(DietSamples.Html(DietSamples.ListExcerpt), Page);

        Assert.Equal(221, list.Session);
        Assert.Equal(0, list.SkippedRows);
        Assert.Empty(list.Problems);
        DietBillListRow[] expected =
        [
            new("衆法", 221, 1, "政治資金規正法の一部を改正する法律案", "衆議院で閉会中審査", new Uri("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/keika/1DE153E.htm")),
            new("衆法", 221, 3, "インテリジェンスに係る態勢の整備の推進に関する法律案", "本院議了", new Uri("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/keika/1DE1E7E.htm")),
            new("衆法", 221, 4, "運輸事業の振興の助成に関する法律の一部を改正する法律案", "成立", new Uri("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/keika/1DE1E6A.htm")),
        ];
        Assert.Equal(expected, list.Rows);
    }

    [Fact]
    public void Parse_ColumnsInAnotherOrderAndNoNumber_AreFoundByTheirHeaders()
    {
        // 承諾 has no 番号; here the columns are also shuffled, and the status cell is blank.
        var html = """
            <title>第218回国会　議案の一覧</title>
            <table class="table"><caption>承諾の一覧</caption>
            <tr><th>議案件名</th><th>経過情報</th><th>提出回次</th><th>審議状況</th></tr>
            <tr><td>令和五年度一般会計予備費使用総調書及び各省各庁所管使用調書（その１）（承諾を求めるの件）</td>
                <td><a href="keika/1DD7FA2.htm">経過</a></td><td>２１３</td><td><br></td></tr>
            </table>
            """;

        var row = Assert.Single(DietBillListParser.Parse(html, Page).Rows);

        Assert.Equal("承諾", row.Kind);
        Assert.Equal(213, row.Session);
        Assert.Null(row.Number);
        Assert.StartsWith("令和五年度一般会計予備費使用総調書", row.Title, StringComparison.Ordinal);
        Assert.Equal(string.Empty, row.StatusText);
        Assert.Equal(new Uri("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/keika/1DD7FA2.htm"), row.ProgressUrl);
    }

    [Fact]
    public void Parse_SeveralTables_TakesTheKindFromEachCaption()
    {
        var html = Table("閣法の一覧", Row("221", "54", "個人情報の保護に関する法律等の一部を改正する法律案", "成立", "./keika/1DE26F2.htm"))
            + Table("決算その他", Row("220", "", "令和六年度決算", "参議院で審議中", null))
            + Table("決議", Row("221", "1", "決議案", "", null));

        var rows = DietBillListParser.Parse(html, Page).Rows;

        Assert.Equal(["閣法", "決算その他", "決議"], rows.Select(r => r.Kind));
        Assert.Equal(54, rows[0].Number);
        Assert.Null(rows[1].Number);
        Assert.Null(rows[1].ProgressUrl);
    }

    [Fact]
    public void Parse_BrokenRows_AreSkippedAndCounted()
    {
        var html = Table(
            "衆法の一覧",
            Row("221", "1", "正しい法律案", "成立", null),
            "<tr><td>221</td><td>2</td></tr>",
            Row("221", "3", "", "成立", null),
            Row("第二百", "4", "回次が数でない法律案", "成立", null),
            Row("221", "5", "もう一つの正しい法律案", "撤回", "javascript:alert(1)"));

        var list = DietBillListParser.Parse(html, Page);

        Assert.Equal(["正しい法律案", "もう一つの正しい法律案"], list.Rows.Select(r => r.Title));
        Assert.Null(list.Rows[1].ProgressUrl);
        Assert.Equal(3, list.SkippedRows);
        Assert.Equal(3, list.Problems.Count);
        Assert.Contains(list.Problems, p => p.Contains("提出回次", StringComparison.Ordinal) && p.Contains("第二百", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TableWithoutCaption_SkipsItsRowsAndSaysWhy()
    {
        var html = Table(null, Row("221", "1", "法律案", "成立", null));

        var list = DietBillListParser.Parse(html, Page);

        Assert.Empty(list.Rows);
        Assert.Equal(1, list.SkippedRows);
        Assert.Contains("caption", Assert.Single(list.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageWithoutBillTable_IsEmptyWithAProblem()
    {
        var list = DietBillListParser.Parse("<html><title>メンテナンス中</title><table><tr><td>お知らせ</td></tr></table></html>", Page);

        Assert.Null(list.Session);
        Assert.Empty(list.Rows);
        Assert.Equal(0, list.SkippedRows);
        Assert.Contains("議案件名", Assert.Single(list.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExcerptTruncatedHalfway_KeepsTheRowsBeforeTheCut()
    {
        var html = DietSamples.Html(DietSamples.ListExcerpt);
        var cut = html.IndexOf("インテリジェンス", StringComparison.Ordinal);

        var list = DietBillListParser.Parse(html[..cut], Page);

        Assert.Equal(221, list.Session);
        Assert.Equal([1], list.Rows.Select(r => r.Number));
        Assert.Equal(1, list.SkippedRows);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u0000\u0001garbage<<<>>>")]
    [InlineData("<table><caption>閣法の一覧</caption><tr><th colspan=\"999999\">議案件名</th></tr><tr><td colspan=\"-4\">x</td></tr></table>")]
    public void Parse_Hostile_NeverThrows(string? html)
    {
        var list = DietBillListParser.Parse(html, Page);

        Assert.True(list.Rows.Count <= 1);
    }

    [Fact]
    public void Parse_WithoutAPageUrl_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DietBillListParser.Parse("<table></table>", null!));

    [Theory]
    [InlineData(null)]
    [InlineData(" \n ")]
    public void Parse_EmptyPage_SaysSo(string? html) =>
        Assert.Equal(["The page is empty."], DietBillListParser.Parse(html, Page).Problems);

    [Theory]
    [InlineData("<title>第221回国会　議案の一覧</title><h2>第220回国会</h2>", 221)]
    [InlineData("<title>議案の一覧</title><h1>お知らせ</h1><h2>第２１９回国会　議案の一覧</h2>", 219)]
    public void Parse_Session_FromTheTitle_ElseTheFirstHeadingNamingOne(string head, int session) =>
        Assert.Equal(session, DietBillListParser.Parse(head + Table("衆法の一覧", Row("221", "1", "法律案", "成立", null)), Page).Session);

    [Fact]
    public void Parse_RowsAroundTheHeader_OnlyDataRowsAfterItAreRead()
    {
        // A note row and a title row before the header, the header repeated midway, a row led by a th cell.
        var html = """
            <table><caption>衆法の一覧</caption>
            <tr><td colspan="6">注：審議状況は毎日更新</td></tr>
            <tr><th colspan="6">衆法</th></tr>
            <tr><th>提出回次</th><th>番号</th><th>議案件名</th><th>審議状況</th><th>経過情報</th><td>本文情報</td></tr>
            <tr><td>221</td><td>1</td><td>第一の法律案</td><td>成立</td><td><br></td></tr>
            <tr><th>提出回次</th><th>番号</th><th>議案件名</th><th>審議状況</th><th>経過情報</th></tr>
            <tr><th>221</th><td>2</td><td>第二の法律案</td><td>撤回</td><td><br></td></tr>
            </table>
            """;

        var list = DietBillListParser.Parse(html, Page);

        Assert.Equal([("第一の法律案", 1), ("第二の法律案", 2)], list.Rows.Select(r => (r.Title, r.Number ?? 0)));
        Assert.Equal(0, list.SkippedRows);
        Assert.Empty(list.Problems);
    }

    [Fact]
    public void Parse_BrokenRows_SayWhichRowOfWhichKindAndWhy()
    {
        var html = Table(
            "衆法の一覧",
            Row("221", "1", "正しい法律案", "成立", null),
            "<tr><td>221</td><td>2</td></tr>",
            Row("221", "3", "", "成立", null),
            Row("221", "四番", "番号が数でない法律案", "成立", null))
            + Table(null, Row("221", "1", "法律案", "成立", null));

        var list = DietBillListParser.Parse(html, Page);

        Assert.Equal(
            [
                "衆法, row 2: only 2 cells, no 議案件名; skipped.",
                "衆法, row 3: 議案件名 is blank; skipped.",
                "衆法, row 4: 番号 “四番” is not a number; skipped.",
                "A table without a caption, row 1: the table has no caption naming the kind of bill; skipped.",
            ],
            list.Problems);
    }

    [Fact]
    public void Parse_WithoutAStatusColumn_TheStatusIsEmpty()
    {
        var html = "<table><caption>閣法の一覧</caption><tr><th>提出回次</th><th>番号</th><th>議案件名</th></tr><tr><td>221</td><td>54</td><td>法律案</td></tr></table>";

        Assert.Equal(string.Empty, Assert.Single(DietBillListParser.Parse(html, Page).Rows).StatusText);
    }

    [Theory]
    [InlineData(2, "題名")]
    [InlineData(20, "題名")]
    [InlineData(21, "x")]
    public void Parse_ColumnSpansInTheHeader_CountUpTo20(int span, string title)
    {
        // The header's first cell spans `span` columns; the row writes them out one by one. A wider span is read as 1.
        var html = $"""
            <table><caption>閣法の一覧</caption>
            <tr><th colspan="{span}">備考</th><th>議案件名</th></tr>
            <tr>{string.Concat(Enumerable.Repeat("<td>x</td>", span))}<td>題名</td></tr>
            </table>
            """;

        Assert.Equal(title, Assert.Single(DietBillListParser.Parse(html, Page).Rows).Title);
    }

    [Fact]
    public void Parse_ACellSpanningTwoColumnsInARow_StandsAtBoth()
    {
        var html = """
            <table><caption>閣法の一覧</caption>
            <tr><th>提出回次</th><th>番号</th><th>議案件名</th></tr>
            <tr><td colspan="2">221</td><td>法律案</td></tr>
            </table>
            """;

        var row = Assert.Single(DietBillListParser.Parse(html, Page).Rows);

        Assert.Equal((221, 221, "法律案"), (row.Session, row.Number, row.Title));
    }

    [Fact]
    public void Parse_AtTheRowCap_ReadsEveryRow_AndBeyondItStopsAndSaysSo()
    {
        static string Page(int rows) =>
            "<table><caption>閣法の一覧</caption><tr><th>番号</th><th>議案件名</th></tr>"
            + string.Concat(Enumerable.Range(1, rows).Select(i => $"<tr><td>{i}</td><td>法律案</td></tr>"))
            + "</table>";

        var full = DietBillListParser.Parse(Page(DietBillListParser.MaxRows), DietBillListParserTests.Page);
        var over = DietBillListParser.Parse(Page(DietBillListParser.MaxRows + 1), DietBillListParserTests.Page);

        Assert.Equal(DietBillListParser.MaxRows, full.Rows.Count);
        Assert.Empty(full.Problems);
        Assert.Equal(DietBillListParser.MaxRows, over.Rows.Count);
        Assert.Equal(["The page has more than 5000 rows; the rest were not read."], over.Problems);
    }

    [Theory]
    [InlineData("https://www.shugiin.go.jp/keika/1.htm", "https://www.shugiin.go.jp/keika/1.htm")]
    [InlineData("http://www.shugiin.go.jp/keika/1.htm", "http://www.shugiin.go.jp/keika/1.htm")]
    [InlineData("keika/1.htm", null)]
    [InlineData("mailto:a@example.org", null)]
    public void Parse_OnAPageWithARelativeAddress_OnlyAbsoluteHttpLinksAreKept(string href, string? expected)
    {
        var html = Table("閣法の一覧", Row("221", "1", "法律案", "成立", href));

        var row = Assert.Single(DietBillListParser.Parse(html, new Uri("kaiji221.htm", UriKind.Relative)).Rows);

        Assert.Equal(expected, row.ProgressUrl?.AbsoluteUri);
    }

    [Fact]
    public void Parse_AnHttpLinkOnTheList_IsKept() =>
        Assert.Equal(
            new Uri("http://www.shugiin.go.jp/keika/1.htm"),
            Assert.Single(DietBillListParser.Parse(Table("閣法の一覧", Row("221", "1", "法律案", "成立", "http://www.shugiin.go.jp/keika/1.htm")), Page).Rows).ProgressUrl);

    private static string Table(string? caption, params string[] rows) => $"""
        <table class="table">{(caption is null ? string.Empty : $"<caption class=\"txt04b\">{caption}</caption>")}
        <tr valign="top"><th>提出回次</th><th>番号</th><th>議案件名</th><th>審議状況</th><th>経過情報</th><th>本文情報</th></tr>
        {string.Join("\n", rows)}
        </table>
        """;

    private static string Row(string session, string number, string title, string status, string? progress) => $"""
        <tr valign="top"><td align="right" class="td"><span class="txt03">{session}</span></td>
        <td align="right" class="td"><span class="txt03">{number}</span></td>
        <td class="td"><span class="txt03">{title}</span></td>
        <td class="td"><span class="txt03">{status}</span></td>
        <td class="td"><span class="txt03">{(progress is null ? "<br>" : $"<a href=\"{progress}\" title=\"経過\">経過</a>")}</span></td>
        <td class="td"><span class="txt03"><br></span></td></tr>
        """;
}
