using System.Text;
using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietHtmlTests
{
    private static readonly Encoding ShiftJis = ShiftJisEncoding();

    [Fact]
    public void Decode_ShiftJisProgressPage_ReadsTheMetaCharset()
    {
        var bytes = DietSamples.Bytes(DietSamples.ProgressPage);

        var html = DietHtml.Decode(bytes, contentTypeHeader: null);

        Assert.Equal("Shift_JIS", DietHtml.DeclaredCharset(bytes));
        Assert.Contains("<TITLE>閣法 第221回国会 2 東日本大震災からの復興", html, StringComparison.Ordinal);
        Assert.Contains("令和 8年 3月31日\n／\n6", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', html);

        // The sample really is Shift_JIS: read as UTF-8 it would be garbage, so reading it right proves the charset was used.
        Assert.Contains('\uFFFD', Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Decode_ListExcerptWithoutDeclaration_IsShiftJisBecauseItIsNotUtf8()
    {
        var html = DietHtml.Decode(DietSamples.Bytes(DietSamples.ListExcerpt), "text/html");

        Assert.Null(DietHtml.DeclaredCharset(DietSamples.Bytes(DietSamples.ListExcerpt)));
        Assert.Contains("第221回国会　議案の一覧", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', html);
    }

    [Fact]
    public void Decode_Utf8PageDeclaringUtf8_IsUtf8()
    {
        var bytes = DietSamples.Bytes(DietSamples.CouncillorsPage);

        var html = DietHtml.Decode(bytes, "text/html");

        Assert.Equal("utf-8", DietHtml.DeclaredCharset(bytes));
        Assert.Contains("財政運営に必要な財源の確保", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=Shift_JIS")]
    [InlineData("text/html;charset=\"shift_jis\"")]
    [InlineData("text/html; charset=windows-31j")]
    [InlineData("text/html; charset=x-sjis")]
    public void Decode_HttpCharset_WinsOverTheMeta(string header)
    {
        // The page says UTF-8, the header Shift_JIS: the header is the outer, authoritative layer.
        var bytes = Concat(Encoding.ASCII.GetBytes("<meta charset=\"utf-8\"><p>"), ShiftJis.GetBytes("衆議院で審議中"));

        Assert.EndsWith("衆議院で審議中", DietHtml.Decode(bytes, header), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"Shift_JIS\">")]
    [InlineData("<meta charset=shift_jis>")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">")]
    [InlineData("<meta content='text/html;charset=SJIS' http-equiv='content-type'/>")]
    public void Decode_MetaCharsetWrittenAnyWay_IsRead(string meta)
    {
        var bytes = Concat(Encoding.ASCII.GetBytes($"<html><head>{meta}</head><body>"), ShiftJis.GetBytes("議案審議経過情報"));

        Assert.EndsWith("議案審議経過情報", DietHtml.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MetaBeyondThePrescan_IsNotSeenAndTheBytesDecide()
    {
        var padding = new string(' ', DietHtml.PrescanBytes);
        var bytes = Concat(Encoding.ASCII.GetBytes($"<html>{padding}<meta charset=\"euc-jp\">"), Encoding.UTF8.GetBytes("参議院"));

        Assert.EndsWith("参議院", DietHtml.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NoDeclarationAndUtf8Bytes_IsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>令和 8年 3月 5日</p>");

        Assert.Equal("<p>令和 8年 3月 5日</p>", DietHtml.Decode(bytes, null));
    }

    [Fact]
    public void Decode_UnknownCharsetAndShiftJisBytes_IsShiftJis()
    {
        var bytes = Concat(Encoding.ASCII.GetBytes("<meta charset=\"x-no-such-charset\">"), ShiftJis.GetBytes("閣法"));

        Assert.EndsWith("閣法", DietHtml.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownCharsetAndBytesNotShiftJis_FallsBackToUtf8()
    {
        // 0xFD is never a Shift_JIS byte, so the strict Shift_JIS read fails and UTF-8 (with replacement) is used.
        var bytes = Concat(Encoding.ASCII.GetBytes("<meta charset=\"x-no-such-charset\">"), Encoding.UTF8.GetBytes("閣法"), [0xFD]);

        Assert.EndsWith("閣法\uFFFD", DietHtml.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf7Declared_IsNeverUtf7()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"utf-7\">+ADw-script+AD4-");

        Assert.EndsWith("+ADw-script+AD4-", DietHtml.Decode(bytes, "text/html; charset=utf-7"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8ByteOrderMark_WinsAndIsDropped()
    {
        var bytes = Concat([0xEF, 0xBB, 0xBF], Encoding.ASCII.GetBytes("<meta charset=\"Shift_JIS\">"), Encoding.UTF8.GetBytes("衆法"));

        Assert.Equal("<meta charset=\"Shift_JIS\">衆法", DietHtml.Decode(bytes, "text/html; charset=Shift_JIS"));
    }

    [Fact]
    public void Decode_Empty_IsEmpty() => Assert.Equal(string.Empty, DietHtml.Decode([], null));

    [Fact]
    public void Decode_AnyBytesAndHeader_NeverThrows() =>
        Gen.Select(
            Gen.OneOf(Gen.Byte.Array[0, 3000], Gen.Const(DietSamples.Bytes(DietSamples.ProgressPage)), Gen.String.Select(s => Encoding.UTF8.GetBytes("<meta charset=" + s + ">"))),
            Gen.OneOf(Gen.Const((string?)null), Gen.String.Select(s => (string?)s), Gen.String.Select(s => (string?)("text/html; charset=" + s))),
            (body, header) => (body, header)).Sample(sample =>
        {
            var text = DietHtml.Decode(sample.body, sample.header);
            Assert.NotNull(text);
        });

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static Encoding ShiftJisEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis");
    }
}
