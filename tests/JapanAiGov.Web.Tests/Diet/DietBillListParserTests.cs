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
