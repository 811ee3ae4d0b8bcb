using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

/// <summary>The Diet's sample pages (tests/Samples/diet) as bytes, the way they come off the wire, and decoded by <see cref="DietHtml"/>.</summary>
internal static class DietSamples
{
    public const string ProgressPage = "shugiin-keika-1DE14D2.htm";

    public const string ListExcerpt = "shugiin-kaiji221-list-excerpt.htm";

    public const string CouncillorsPage = "sangiin-meisai-m221080221001.htm";

    public static readonly Uri ListUrl = new("https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/kaiji221.htm");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "diet", name));

    /// <summary>Decoded as the watch will: bytes first, no charset in the HTTP header (the House sends none).</summary>
    public static string Html(string name) => DietHtml.Decode(Bytes(name), "text/html");
}
