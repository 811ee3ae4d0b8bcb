using System.Text;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("個人情報", "個人情報")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+81", "'+81")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=A1,\"x\"", "\"'=A1,\"\"x\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    [InlineData("mid=dle", "mid=dle")]
    [InlineData("＋81", "'＋81")]
    [InlineData("－1", "'－1")]
    [InlineData("＠SUM(A1)", "'＠SUM(A1)")]
    [InlineData("x", "x")]
    [InlineData("a+b-c@d", "a+b-c@d")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("cr\ronly", "\"cr\nonly\"")]
    [InlineData("crlf\r\nend", "\"crlf\nend\"")]
    [InlineData("bell\u0007=", "bell=")]
    [InlineData("\u0007=1", "'=1")]
    public void Cell_NeutralisesFormulasThenQuotes(string value, string expected)
    {
        Assert.Equal(expected, CsvExport.Cell(value));
    }

    private static readonly AppOptions App = new() { PublicBaseUrl = "https://japanaigov.example/" };

    [Fact]
    public void Write_StartsWithAByteOrderMark_AndEndsEveryLineWithCrLf()
    {
        var bytes = CsvExport.Write(new DashboardView(), App);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            "slug,title,title_ja,topic,status,status_label,status_changed_at,law_id,url,action,action_label,withdrawn\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_OneRowPerItem_WithEveryColumnInHeaderOrder()
    {
        var changedAt = new DateTimeOffset(2026, 11, 24, 18, 30, 5, TimeSpan.FromHours(9));
        var view = new DashboardView
        {
            Rows =
            [
                new DashboardRow(1, "pipa", "PIPA, amended", "個人情報保護法", "privacy", ItemStatus.PendingMetiAnnex, changedAt, "415AC0000000057", null, ActionLevel.Prepare, Withdrawn: true),
                new DashboardRow(2, "ai-act", "AI Act", "", "=cmd", ItemStatus.Reported, changedAt.AddDays(1), null, null),
            ],
        };

        var lines = Encoding.UTF8.GetString(CsvExport.Write(view, App)[3..]).Split("\r\n");

        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "pipa,\"PIPA, amended\",個人情報保護法,privacy,PendingMetiAnnex," + ItemStatus.PendingMetiAnnex.Label()
                + ",2026-11-24T09:30:05Z,415AC0000000057,https://japanaigov.example/items/pipa,Prepare," + ActionLevel.Prepare.Label() + ",true",
            lines[1]);
        Assert.Equal(
            "ai-act,AI Act,,'=cmd,Reported," + ItemStatus.Reported.Label() + ",2026-11-25T09:30:05Z,,https://japanaigov.example/items/ai-act,,,false",
            lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public void Write_InJapanese_GivesTheTimeInJapanWithItsOffset_AndTheJapaneseLabels()
    {
        var changedAt = new DateTimeOffset(2026, 11, 24, 18, 30, 5, TimeSpan.Zero);
        var view = new DashboardView { Rows = [new DashboardRow(1, "pipa", "PIPA", "個人情報保護法", "privacy", ItemStatus.Reported, changedAt, null, null)] };
        using var japanese = CultureScope.Use("ja");

        var lines = Encoding.UTF8.GetString(CsvExport.Write(view, App)[3..]).Split("\r\n");

        Assert.Equal(
            "pipa,PIPA,個人情報保護法,privacy,Reported," + ItemStatus.Reported.Label() + ",2026-11-25T03:30:05+09:00,,https://japanaigov.example/items/pipa,,,false",
            lines[1]);
        Assert.NotEqual("Reported", ItemStatus.Reported.Label());
    }
}
