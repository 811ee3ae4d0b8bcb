using JapanAiGov.Web.Analysis;

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
    public void Cell_NeutralisesFormulasThenQuotes(string value, string expected)
    {
        Assert.Equal(expected, CsvExport.Cell(value));
    }
}
