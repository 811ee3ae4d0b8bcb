using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// Reads e-Gov's public-comment feeds (RSS 1.0/RDF, API.md §7) with LINQ to XML. Never throws: a document that
/// is not a feed gives <see cref="PublicCommentFeedParse.Error"/>, an item without a case id or title is skipped
/// with a problem line, and a field that cannot be read (a malformed date) is left empty with a problem line.
/// </summary>
/// <remarks>
/// Why not a feed library (CodeHollow.FeedReader): the feeds are one flat RDF list whose useful content is the
/// escaped-HTML <c>description</c> (which no feed library splits into fields), a case id inside the link's query,
/// and a <c>dc:date</c> no standard parser accepts (<c>2026-08-16T15:00:Z</c>). A library would give us title,
/// link and a raw description, i.e. the easy 10 lines, while adding a dependency whose XML settings we do not
/// control. Here the reader prohibits DTDs (no entity expansion, no external fetches) and caps the document size.
/// </remarks>
public static partial class PublicCommentFeedParser
{
    /// <summary>A real feed is a few kilobytes; this caps what a hostile or broken answer can make us hold.</summary>
    public const int MaxDocumentCharacters = 4_000_000;

    public const int MaxEntries = 500;

    public const int TitleMaxLength = 1000;

    public const int DescriptionMaxLength = 4000;

    public const int FieldMaxLength = 500;

    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static PublicCommentFeedParse Parse(string? xml, PublicCommentFeed feed)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return PublicCommentFeedParse.NotAFeed("The feed is empty.");
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxDocumentCharacters,
                IgnoreProcessingInstructions = true,
                IgnoreComments = true,
            };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            return PublicCommentFeedParse.NotAFeed($"The feed is not well-formed XML: {FeedText.Clean(exception.Message, 300)}");
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName is not ("RDF" or "rss"))
        {
            return PublicCommentFeedParse.NotAFeed($"The feed's root element is <{FeedText.Clean(root?.Name.LocalName, 50)}>, not an RSS 1.0 <rdf:RDF>.");
        }

        var entries = new List<PublicCommentEntry>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            index++;
            if (entries.Count >= MaxEntries)
            {
                problems.Add($"The feed has more than {MaxEntries} items; the rest were not read.");
                break;
            }

            var entry = ReadItem(item, index, feed, problems);
            if (entry is null)
            {
                continue;
            }

            if (!seen.Add(entry.CaseId))
            {
                problems.Add($"Case {entry.CaseId} appears twice in the feed; the second copy was ignored.");
                continue;
            }

            entries.Add(entry);
        }

        return new PublicCommentFeedParse(entries, problems, null);
    }

    private static PublicCommentEntry? ReadItem(XElement item, int index, PublicCommentFeed feed, List<string> problems)
    {
        var title = FeedText.Clean(Child(item, "title"), TitleMaxLength);
        var link = Child(item, "link");
        var about = (string?)item.Attribute(Rdf + "about");
        var caseId = PublicCommentLinks.CaseIdFrom(link) ?? PublicCommentLinks.CaseIdFrom(about);
        if (caseId is null)
        {
            problems.Add($"Item {index} (“{FeedText.Clean(title, 80)}”) has no case id (id=) in its link; skipped.");
            return null;
        }

        if (title.Length == 0)
        {
            problems.Add($"Case {caseId} has no title; skipped.");
            return null;
        }

        var fields = DescriptionFields(Child(item, "description"));
        string? Field(params string[] keys) =>
            fields.FirstOrDefault(f => keys.Any(k => f.Key.StartsWith(k, StringComparison.Ordinal))).Value is { } value
                ? FeedText.Clean(value, FieldMaxLength) is { Length: > 0 } cleaned ? cleaned : null
                : null;

        var publishedText = Field("案の公示日", "公示日");
        var deadlineText = Field("受付締切日時", "意見募集締切日", "締切日");
        var resultText = Field("結果の公示日");
        var countText = Field("提出意見数");
        var published = PublicCommentDates.ParseDate(publishedText);
        var deadline = PublicCommentDates.ParseJapanDeadline(deadlineText);
        var resultOn = PublicCommentDates.ParseDate(resultText);
        var count = ParseCount(countText);
        Unreadable(problems, caseId, "案の公示日", publishedText, published is not null);
        Unreadable(problems, caseId, "受付締切日時", deadlineText, deadline is not null);
        Unreadable(problems, caseId, "結果の公示日", resultText, resultOn is not null);
        Unreadable(problems, caseId, "提出意見数", countText, count is not null);
        if (feed == PublicCommentFeed.Consultations && deadlineText is null)
        {
            problems.Add($"Case {caseId}: the description gives no 受付締切日時 (comment deadline).");
        }

        if (feed == PublicCommentFeed.Results && resultText is null)
        {
            problems.Add($"Case {caseId}: the description gives no 結果の公示日 (result date).");
        }

        var dateText = item.Element(DublinCore + "date")?.Value;
        var feedDate = PublicCommentDates.ParseFeedDate(dateText);
        Unreadable(problems, caseId, "dc:date", string.IsNullOrWhiteSpace(dateText) ? null : FeedText.Clean(dateText, 60), feedDate is not null);

        var description = string.Join('\n', fields.Select(f => f.Raw));
        return new PublicCommentEntry(
            caseId,
            title,
            PublicCommentLinks.OfficialOr(link ?? about, caseId),
            FeedText.Clean(description, DescriptionMaxLength),
            published,
            deadline,
            Field("カテゴリー", "カテゴリ"),
            Field("問合せ先", "所管省庁"),
            resultOn,
            count,
            feedDate);
    }

    private static void Unreadable(List<string> problems, string caseId, string field, string? text, bool parsed)
    {
        if (text is not null && !parsed)
        {
            problems.Add($"Case {caseId}: {field} “{FeedText.Clean(text, 60)}” could not be read; left empty.");
        }
    }

    private static int? ParseCount(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var folded = TextFold.Fold(text);
        var digits = DigitsPattern().Match(folded);
        if (digits.Success && int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        return folded.Contains("なし", StringComparison.Ordinal) ? 0 : null;
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != DublinCore)?.Value;

    /// <summary>
    /// The description is escaped HTML, one "key：value" per line, lines split by &lt;br/&gt;. Keys are compared in
    /// NFKC form (so full-width and half-width colons and spaces are one); values keep their original text.
    /// </summary>
    private static List<(string Key, string Value, string Raw)> DescriptionFields(string? description)
    {
        var fields = new List<(string, string, string)>();
        if (string.IsNullOrWhiteSpace(description))
        {
            return fields;
        }

        foreach (var segment in LineBreakPattern().Split(description))
        {
            var text = WebUtility.HtmlDecode(TagPattern().Replace(segment, " ")).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var colon = text.IndexOfAny(['：', ':']);
            if (colon <= 0)
            {
                fields.Add((string.Empty, text, text));
                continue;
            }

            var key = TextFold.Fold(text[..colon]).Replace(" ", string.Empty, StringComparison.Ordinal);
            fields.Add((key, text[(colon + 1)..].Trim(), text));
        }

        return fields;
    }

    [GeneratedRegex(@"<\s*br\s*/?\s*>|\r?\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LineBreakPattern();

    [GeneratedRegex(@"<[^<>]{0,500}>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[0-9]{1,9}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DigitsPattern();
}
