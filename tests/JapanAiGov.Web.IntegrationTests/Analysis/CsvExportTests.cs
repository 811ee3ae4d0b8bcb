using System.Net;
using System.Text;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Tests.Shared;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

public sealed class CsvExportTests
{
    [Fact]
    public async Task ExportCsv_IsUtf8WithBomAndKeepsJapanese()
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync("/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("japanaigov-items-2026-11-24.csv", response.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("slug,title,title_ja,topic,status,status_label,status_changed_at,law_id,url,action,action_label,withdrawn", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("ai-promotion-act,AI Promotion Act (人工知能関連技術の研究開発及び活用の推進に関する法律),AI推進法（人工知能関連技術の研究開発及び活用の推進に関する法律）,framework,Confirmed,Confirmed,2026-11-24T00:30:00Z,507AC0000000053,http://localhost/items/ai-promotion-act,Prepare,Prepare", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("high-impact-frontier-models,\"\"\"High-impact\"\" tier for frontier models\",フロンティアモデルの「高影響」区分,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+81 3 1234")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("＝1+1")]
    public async Task ExportCsv_CellsThatLookLikeFormulas_AreNeutralised(string title)
    {
        await using var app = new JapanAiGovFactory();
        await app.AddItemAsync("formula-item", title, app.Time.GetUtcNow(), topic: "=cmd|' /C calc'!A0");

        var text = await app.CreateClient().GetStringAsync("/export.csv");

        var line = text.Split("\r\n").Single(l => l.StartsWith("formula-item,", StringComparison.Ordinal));
        var cells = Rfc4180.Read(line).Single();
        Assert.Equal("'" + title, cells[1]);
        Assert.Equal("'=cmd|' /C calc'!A0", cells[3]);
    }

    [Theory]
    [InlineData("/export.csv?status=Reported", 2)]
    [InlineData("/export.csv?topic=privacy", 1)]
    [InlineData("/export.csv?q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1", 2)]
    [InlineData("/export.csv?q=yomiuri&status=Reported&topic=enforcement", 1)]
    [InlineData("/export.csv?status=Nonsense", 4)]
    [InlineData("/export.csv?asof=2026-11-23", 0)]
    public async Task ExportCsv_HonoursTheDashboardFilters(string url, int expected)
    {
        await using var app = new JapanAiGovFactory();
        var text = await app.CreateClient().GetStringAsync(url);

        Assert.Equal(expected + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Dashboard_CsvLink_CarriesTheCurrentFilters()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?status=Reported&topic=privacy&q=%E5%80%8B%E4%BA%BA");

        var href = document.QuerySelector(".export-links a[href^='/export.csv']")!.GetAttribute("href")!;
        Assert.Equal("/export.csv?status=Reported&topic=privacy&q=%E5%80%8B%E4%BA%BA", href);
        var text = await app.CreateClient().GetStringAsync(href);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
