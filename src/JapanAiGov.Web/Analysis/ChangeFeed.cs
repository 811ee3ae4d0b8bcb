using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Writes change-log entries as an Atom 1.0 feed (RFC 4287) with System.ServiceModel.Syndication. Every text from
/// editors or e-Gov passes <see cref="SafeText"/> first: XML 1.0 forbids most control characters, and one such
/// character in one title would otherwise make the whole feed fail for every reader.
/// </summary>
public static class ChangeFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly HtmlEncoder Encoder = SafeHtmlEncoder.Instance;
    private static readonly ResourceText Text = new(typeof(ChangeFeed));

    /// <param name="feedId">A permanent id for the feed (a tag: URI).</param>
    /// <param name="selfPath">The feed's own path, e.g. /feeds/changes.atom.</param>
    /// <param name="alternatePath">The HTML page the feed mirrors.</param>
    /// <param name="emptyUpdated">The feed's updated time when it has no entries yet.</param>
    public static byte[] Write(
        AppOptions app,
        string feedId,
        string title,
        string subtitle,
        string selfPath,
        string alternatePath,
        IReadOnlyList<ChangeEntry> entries,
        DateTimeOffset emptyUpdated)
    {
        var updated = entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : emptyUpdated;
        // A Japanese feed names itself and its page with ?culture=ja: rel="self" is this very document.
        var feed = new SyndicationFeed(SafeText.SingleLine(title), SafeText.SingleLine(subtitle), app.Link(OutputLinks.InReadersLanguage(alternatePath)), feedId, updated)
        {
            Generator = "JapanAiGov",
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == AppCultures.Japanese ? AppCultures.Japanese : AppCultures.English,
            Items = entries.Select(e => ToItem(app, e)).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(app.Link(OutputLinks.InReadersLanguage(selfPath)), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = Text["Editors"], Uri = app.Link("/").ToString() });

        var document = new XDocument();
        using (var writer = document.CreateWriter())
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        KeepSubSecondDates(document, updated, entries);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The formatter writes whole seconds; entries committed within one second would then share a timestamp and
    /// readers order them arbitrarily. RFC 3339 allows a fraction, so the exact instants are written back.
    /// </summary>
    private static void KeepSubSecondDates(XDocument document, DateTimeOffset updated, IReadOnlyList<ChangeEntry> entries)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var root = document.Root!;
        root.Element(atom + "updated")!.Value = Rfc3339(updated);
        foreach (var (element, entry) in root.Elements(atom + "entry").Zip(entries))
        {
            element.Element(atom + "updated")!.Value = Rfc3339(entry.UpdatedAt);
            element.Element(atom + "published")!.Value = Rfc3339(entry.OccurredAt);
        }
    }

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static SyndicationItem ToItem(AppOptions app, ChangeEntry entry)
    {
        var itemUrl = app.Link("/items/" + entry.ItemSlug);
        var item = new SyndicationItem
        {
            Id = entry.EntryId,
            Title = new TextSyndicationContent(SafeText.SingleLine(entry.Headline)),
            Content = SyndicationContent.CreateHtmlContent(ContentHtml(entry, itemUrl)),
            LastUpdatedTime = entry.UpdatedAt,
            PublishDate = entry.OccurredAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(itemUrl, "text/html"));
        item.Categories.Add(new SyndicationCategory(SafeText.SingleLine(entry.ItemTopic)));
        item.Categories.Add(new SyndicationCategory(ChangeEntry.Slug(entry.Kind)));
        if (entry.ChangedBy is not null)
        {
            item.Authors.Add(new SyndicationPerson { Name = SafeText.SingleLine(entry.ChangedBy) });
        }

        return item;
    }

    private static string ContentHtml(ChangeEntry entry, Uri itemUrl)
    {
        var html = entry.Kind switch
        {
            ChangeKind.StatusChange => StatusChangeHtml(entry),
            ChangeKind.LegislativeUpdate => RevisionHtml(entry),
            ChangeKind.PublicComment => PublicCommentHtml(entry),
            ChangeKind.DietBill => DietBillHtml(entry),
            ChangeKind.Correction => CorrectionHtml(entry),
            ChangeKind.Withdrawal => WithdrawalHtml(entry),
            ChangeKind.ActionChange => ActionChangeHtml(entry),
        };
        html.Append("<p>").Append(Anchor(itemUrl.ToString(), Text.Format("OpenItem", entry.ItemTitle))).Append("</p>");
        return html.ToString();
    }

    private static StringBuilder StatusChangeHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        Paragraph(html, entry.FromStatus is { } from
            ? Text.Format("StatusChanged", from.Label(), entry.ToStatus?.Label())
            : Text.Format("TrackingStarted", entry.ToStatus?.Label()));
        Paragraph(html, entry.Reason);
        if (entry.EvidenceUrl is not null)
        {
            html.Append("<p>").Append(Encoder.Encode(Text["Evidence"])).Append(' ').Append(Anchor(entry.EvidenceUrl, entry.EvidenceUrl)).Append("</p>");
        }

        Paragraph(html, entry.EffectiveOn is { } effective ? DateWording.Effective(effective) : null);
        if (entry.RetractedAt is { } retractedAt)
        {
            // The entry is updated in place (its atom:updated is the retraction's), and a correction entry follows.
            Paragraph(html, Text.Format("Retracted", JapanTime.Format(retractedAt), entry.RetractedBy, entry.RetractionReason));
        }

        return html;
    }

    private static StringBuilder CorrectionHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        Paragraph(html, Text.Format("Correction", entry.ToStatus?.Label(), entry.FromStatus?.Label()));
        Paragraph(html, entry.RetractionReason);
        return html;
    }

    private static StringBuilder WithdrawalHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        Paragraph(html, Text[entry.Withdrawn == true ? "Withdrawn" : "Restored"]);
        Paragraph(html, entry.Reason);
        if (entry.EvidenceUrl is not null)
        {
            html.Append("<p>").Append(Encoder.Encode(Text["Evidence"])).Append(' ').Append(Anchor(entry.EvidenceUrl, entry.EvidenceUrl)).Append("</p>");
        }

        return html;
    }

    private static StringBuilder ActionChangeHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        Paragraph(html, entry.ActionMove);
        Paragraph(html, entry.Reason);
        Paragraph(html, entry.ActionTriggerLine);
        Paragraph(html, entry.ActionDueLine);
        return html;
    }

    private static StringBuilder PublicCommentHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(string.Format(CultureInfo.CurrentCulture, Encoder.Encode(Text["PublicComment"]), Anchor(entry.CaseUrl ?? string.Empty, entry.CaseTitle ?? entry.CaseId ?? string.Empty))).Append("</p>");
        Paragraph(html, entry.CaseFacts);
        return html;
    }

    private static StringBuilder DietBillHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(string.Format(CultureInfo.CurrentCulture, Encoder.Encode(Text["DietBill"]), Encoder.Encode(entry.BillStageName ?? string.Empty), Anchor(entry.BillUrl ?? string.Empty, entry.BillKey ?? string.Empty))).Append("</p>");
        Paragraph(html, entry.BillTitle);
        Paragraph(html, entry.BillStageOn is { } on ? JapanTime.FormatDate(on) : null);
        Paragraph(html, entry.BillLawNumber);
        return html;
    }

    private static StringBuilder RevisionHtml(ChangeEntry entry)
    {
        var html = new StringBuilder();
        Paragraph(html, Text.Format("NewRevision", entry.LawTitle, entry.LawId));
        Paragraph(html, entry.AmendmentLawTitle is null ? null : Text.Format("AmendedBy", entry.AmendmentLawTitle));
        Paragraph(html, entry.PromulgationDate is { } promulgated ? DateWording.Promulgated(promulgated) : null);
        Paragraph(html, entry.EnforcementDate is { } enforced ? DateWording.Enforcement(enforced, entry.EnforcementDateIsScheduled) : null);
        Paragraph(html, entry.LawRevisionId is null ? null : Text.Format("Revision", entry.LawRevisionId));
        return html;
    }

    private static void Paragraph(StringBuilder html, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append("<p>").Append(Encoder.Encode(SafeText.MultiLine(text))).Append("</p>");
        }
    }

    private static string Anchor(string url, string text) =>
        HttpUrl.TryParse(url, out var uri)
            ? $"<a href=\"{Encoder.Encode(uri.AbsoluteUri)}\">{Encoder.Encode(SafeText.SingleLine(text))}</a>"
            : Encoder.Encode(SafeText.SingleLine(text));
}
