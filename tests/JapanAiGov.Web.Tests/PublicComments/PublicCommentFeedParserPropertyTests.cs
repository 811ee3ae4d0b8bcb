using System.Xml;
using System.Xml.Linq;
using CsCheck;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.PublicComments;

namespace JapanAiGov.Web.Tests.PublicComments;

/// <summary>Whatever e-Gov (or something pretending to be it) sends, the parser never throws and never hands on text a writer cannot carry.</summary>
public sealed class PublicCommentFeedParserPropertyTests
{
    private static readonly XNamespace Rss = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>Text that looks like a feed's: Japanese, full-width forms, markup, entities, field separators, controls, emoji and lone surrogates.</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.String["案の公示日受付締切日時：:<br/>&lt;&gt;&amp;#;２０２６/12-31 00:00ＡＩ個人情報\u0000\u0001\u001f\ud800\udc00\ufffe😀 \t\n"],
        Gen.OneOf(Gen.Const("受付締切日時：2026/12/01 00:00"), Gen.Const("&lt;br/&gt;"), Gen.Const("<script>alert(1)</script>"), Gen.Const("提出意見数：９９９９９９９９９９件"))
            .List[0, 6].Select(parts => string.Concat(parts)));

    private static readonly Gen<string> Ids = Gen.OneOf(Gen.Const(string.Empty), Gen.String["0123456789"], Gen.String["0123456789０１２abc"]);

    private static readonly Gen<(string Id, string Title, string Description, string Date)> Items =
        Gen.Select(Ids, Hostile, Hostile, Hostile, (id, title, description, date) => (id, title, description, date));

    [Fact]
    public void Parse_AnyText_NeverThrows() =>
        Gen.OneOf(Gen.String, Hostile).Sample(text =>
        {
            var parse = PublicCommentFeedParser.Parse(text, PublicCommentFeed.Consultations);
            Assert.True(parse.IsFeed || parse.Entries.Count == 0);
        });

    [Fact]
    public void Parse_WellFormedFeedsOfHostileItems_NeverThrowAndOnlyCleanCasesComeOut() =>
        Gen.Select(Items.List[0, 8], Gen.Enum<PublicCommentFeed>(), (items, feed) => (items, feed)).Sample(sample =>
        {
            var xml = FeedOf(sample.items);
            var parse = PublicCommentFeedParser.Parse(xml, sample.feed);

            Assert.True(parse.IsFeed, parse.Error);
            Assert.Equal(parse.Entries.Count, parse.Entries.Select(e => e.CaseId).Distinct().Count());
            foreach (var entry in parse.Entries)
            {
                Assert.Matches("^[0-9]{1,20}$", entry.CaseId);
                Assert.InRange(entry.Title.Length, 1, PublicCommentFeedParser.TitleMaxLength);
                Assert.StartsWith("https://", entry.Url, StringComparison.Ordinal);
                Assert.EndsWith(".e-gov.go.jp", new Uri(entry.Url).Host, StringComparison.Ordinal);
                foreach (var text in new[] { entry.Title, entry.Description, entry.Office, entry.Category })
                {
                    AssertWritable(text);
                }

                Assert.True(entry.CommentCount is null or >= 0);
            }

            // Every item with a case id (1–20 ASCII digits) and a title is read, once; every other one is a problem line.
            var expected = sample.items
                .Where(i => i.Id.Length is > 0 and <= 20 && i.Id.All(char.IsAsciiDigit) && FeedText.Clean(Writable(i.Title), 10).Length > 0)
                .Select(i => i.Id)
                .Distinct()
                .ToList();
            Assert.Equal(expected, parse.Entries.Select(e => e.CaseId));
            Assert.True(parse.Problems.Count >= sample.items.Count - parse.Entries.Count);
        });

    [Fact]
    public void ParseJapanDeadline_AnyValidInstantWrittenAsEGovDoes_RoundTrips() =>
        Gen.Select(Gen.Int[2000, 2100], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23], Gen.Int[0, 59], (y, mo, d, h, mi) => new DateTime(y, mo, d, h, mi, 0)).Sample(local =>
        {
            var text = local.ToString("yyyy/MM/dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var fullWidth = new string(text.Select(c => c is >= '0' and <= '9' or ':' or '/' ? (char)(c + 0xFEE0) : c).ToArray());
            var expected = new DateTimeOffset(local, TimeSpan.FromHours(9));

            Assert.Equal(expected, PublicCommentDates.ParseJapanDeadline(text));
            Assert.Equal(expected, PublicCommentDates.ParseJapanDeadline(fullWidth));
        });

    [Fact]
    public void Clean_AnyText_IsXmlSafeAndWithinBounds() =>
        Gen.Select(Hostile, Gen.Int[1, 50], (text, max) => (text, max)).Sample(sample =>
        {
            var cleaned = FeedText.Clean(sample.text, sample.max);
            Assert.True(cleaned.Length <= sample.max);
            AssertWritable(cleaned);
        });

    private static void AssertWritable(string? text)
    {
        if (text is null)
        {
            return;
        }

        XmlConvert.VerifyXmlChars(text);
        for (var i = 0; i < text.Length; i++)
        {
            Assert.False(char.IsControl(text[i]), $"control character U+{(int)text[i]:X4} survived");
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), "a lone high surrogate survived");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), "a lone low surrogate survived");
            }
        }
    }

    private static string FeedOf(IEnumerable<(string Id, string Title, string Description, string Date)> items)
    {
        var root = new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf.NamespaceName), new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName), new XAttribute("xmlns", Rss.NamespaceName));
        foreach (var (id, title, description, date) in items)
        {
            var link = $"https://public-comment.e-gov.go.jp/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={id}&Mode=0";
            root.Add(new XElement(
                Rss + "item",
                new XAttribute(Rdf + "about", link),
                new XElement(Rss + "title", Writable(title)),
                new XElement(Rss + "link", link),
                new XElement(Rss + "description", Writable(description)),
                new XElement(Dc + "date", Writable(date))));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A feed on the wire can only hold XML characters; what a hostile feed escapes (&amp;#1;) is in the description's HTML instead.</summary>
    private static string Writable(string text) =>
        new(text.Where((c, i) => XmlConvert.IsXmlChar(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))).ToArray());
}
