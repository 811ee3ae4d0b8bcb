using System.Text;
using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

/// <summary>Whatever the Diet's server (or something pretending to be it) sends, decoding and parsing never throw.</summary>
public sealed class DietParserPropertyTests
{
    private static readonly string[] Samples =
    [
        DietSamples.Html(DietSamples.ProgressPage),
        DietSamples.Html(DietSamples.ListExcerpt),
    ];

    /// <summary>Pieces of the real pages' markup, shuffled into pages that look almost right.</summary>
    private static readonly Gen<string> Fragments = Gen.OneOf(
            Gen.Const("<table>"),
            Gen.Const("</table>"),
            Gen.Const("<caption>閣法の一覧</caption>"),
            Gen.Const("<tr>"),
            Gen.Const("<th>議案件名</th><th>番号</th><th colspan=3>提出回次</th>"),
            Gen.Const("<td headers=\"KOMOKU\">"),
            Gen.Const("<td headers=\"NAIYO\"><span class=\"txt03\">\n／\n"),
            Gen.Const("<td>２２１</td>"),
            Gen.Const("<a href=\"./keika/1DE14D2.htm\">"),
            Gen.Const("<a href=\"http://[::1\">"),
            Gen.Const("議案種類"),
            Gen.Const("令和 8年 3月31日\n／\n6"),
            Gen.Const("<br>"),
            Gen.String)
        .List[0, 40]
        .Select(parts => string.Concat(parts));

    /// <summary>A real page cut anywhere, or with a random stretch replaced.</summary>
    private static readonly Gen<string> Damaged = Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Double[0, 1], Gen.Double[0, 1], Gen.String, (which, from, to, insert) =>
    {
        var page = Samples[which];
        var (a, b) = ((int)(from * page.Length), (int)(to * page.Length));
        return page[..Math.Min(a, b)] + insert + page[Math.Max(a, b)..];
    });

    private static readonly Gen<string> Pages = Gen.OneOf(Gen.String, Fragments, Damaged);

    [Fact]
    public void Parsers_AnyPage_NeverThrow() =>
        Pages.Sample(html =>
        {
            var list = DietBillListParser.Parse(html, DietSamples.ListUrl);
            Assert.Equal(list.SkippedRows, list.Problems.Count(p => p.EndsWith("skipped.", StringComparison.Ordinal)));
            Assert.All(list.Rows, row => Assert.True(row.Title.Length > 0 && row.Kind.Length > 0));
            Assert.All(list.Rows, row => Assert.True(row.ProgressUrl is null || row.ProgressUrl.Scheme is "http" or "https"));

            var page = DietProgressParser.Parse(html);
            Assert.True(page.Problem is not null || page.Key is not null);
            Assert.True(page.Facts.Count >= page.Pairs.Count);

            DietBillStages.From(page.FactsByLabel, html.Length > 20 ? html[..20] : html);
            DietPromulgation.TryRead(page.FactsByLabel, out _, out _);
        });

    [Fact]
    public void Decode_AnyBytesThenParse_NeverThrows() =>
        Gen.OneOf(Gen.Byte.Array[0, 4000], Damaged.Select(Encoding.UTF8.GetBytes)).Sample(bytes =>
        {
            var html = DietHtml.Decode(bytes, null);
            DietBillListParser.Parse(html, DietSamples.ListUrl);
            DietProgressParser.Parse(html);
        });

    [Fact]
    public void Parsers_DeeplyNestedMarkup_NeverOverflow()
    {
        var deep = "<table><caption>閣法の一覧</caption><tr><th>議案件名</th></tr><tr><td headers=\"KOMOKU\">議案種類</td><td headers=\"NAIYO\">"
            + string.Concat(Enumerable.Repeat("<span>", 10_000)) + "閣法</td></tr></table>";

        var page = DietProgressParser.Parse(deep);
        var list = DietBillListParser.Parse(deep, DietSamples.ListUrl);

        Assert.Equal("閣法", page.Kind);
        Assert.Equal(1, list.SkippedRows + list.Rows.Count);
    }
}
