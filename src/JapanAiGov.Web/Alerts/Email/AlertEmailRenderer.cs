using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// Builds the emails in the current UI language (<see cref="EmailChannel"/> sets the message's; strings in
/// AlertEmailRenderer.resx / .ja.resx and, for subjects, <see cref="AlertHeadline"/>'s; times in JST as the pages show
/// them): plain text and HTML parts, absolute links from App:PublicBaseUrl (<see cref="AlertLinks"/>), RFC 8058
/// one-click unsubscribe headers on everything but the confirmation. Text that came from users or e-Gov (item and law titles) is
/// flattened to one line before it goes into the subject and cleaned of control characters in the bodies
/// (<see cref="SafeText"/>); a recipient address with CR/LF is refused with <see cref="UnsafeHeaderException"/>.
/// </summary>
public sealed class AlertEmailRenderer(IOptions<EmailOptions> email, IOptions<AppOptions> app, IOptions<AlertsOptions> alerts, TimeProvider time)
{
    /// <summary>"[JapanAiGov] " in English, 【JapanAiGov】 in Japanese, as Japanese services mark their mail.</summary>
    public static string SubjectPrefix => Text["SubjectPrefix"];

    private static readonly ResourceText Text = new(typeof(AlertEmailRenderer));
    private static readonly HtmlEncoder HtmlEncoder = SafeHtmlEncoder.Instance;

    /// <summary>The subject line of an alert about <paramref name="change"/>, in the current language; a correction's starts with its marker ("Correction: [JapanAiGov] …").</summary>
    public static string Subject(ChangeEntry change) => AlertHeadline.Marker(change) + SubjectPrefix + AlertHeadline.Body(change);

    public MimeMessage Confirmation(string to, string scopeDescription, AlertCadence cadence, string confirmToken, string messageId)
    {
        var confirm = AlertLinks.Confirm(app.Value, confirmToken).ToString();
        var days = (int)Math.Round(alerts.Value.ConfirmationLifetime.TotalDays);
        var expires = Text.Format("Confirm.Expires", days == 1 ? Text["Days.One"] : Text.Format("Days.Many", days));
        var asked = Text.Format("Confirm.Text", scopeDescription, Text[cadence == AlertCadence.DailyDigest ? "Cadence.DailyDigest" : "Cadence.Immediate"]);
        var text = new StringBuilder()
            .AppendLine(asked)
            .AppendLine()
            .AppendLine(Text["Confirm.OpenLink"])
            .AppendLine(confirm)
            .AppendLine()
            .AppendLine(expires)
            .ToString();
        var html = new StringBuilder()
            .Append("<p>").Append(H(asked)).Append("</p>")
            .Append("<p>").Append(Html("Confirm.OpenLinkHtml", confirm)).Append("</p>")
            .Append("<p>").Append(H(expires)).Append("</p>")
            .ToString();
        return Build(to, SubjectPrefix + AlertHeadline.Confirmation(), messageId, text, html, unsubscribeToken: null);
    }

    public MimeMessage Alert(string to, string scopeDescription, ChangeEntry change, string unsubscribeToken, string messageId)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        AppendChange(change, text, html, heading: "h1");
        AppendFooter(scopeDescription, unsubscribeToken, text, html);
        return Build(to, Subject(change), messageId, text.ToString(), html.ToString(), unsubscribeToken);
    }

    /// <param name="day">The digest's date: it covers the 24 hours from the digest hour that day in Japan (<see cref="DigestDays"/>).</param>
    public MimeMessage Digest(string to, string scopeDescription, DateOnly day, IReadOnlyList<ChangeEntry> changes, string unsubscribeToken, string messageId)
    {
        var date = JapanTime.FormatDate(day);
        var count = AlertHeadline.ChangeCount(changes.Count);
        var lede = Text.Format("Digest.Text", date, count, alerts.Value.DigestHour, JapanTime.FormatDate(day.AddDays(1)));
        var text = new StringBuilder().AppendLine(lede).AppendLine();
        var html = new StringBuilder()
            .Append("<h1>").Append(H(Text.Format("Digest.Heading", date))).Append("</h1>")
            .Append("<p>").Append(H(lede)).Append("</p>");
        foreach (var change in changes)
        {
            text.Append("== ").AppendLine(AlertHeadline.For(change));
            html.Append("<hr>");
            AppendChange(change, text, html, heading: "h2");
            text.AppendLine();
        }

        AppendFooter(scopeDescription, unsubscribeToken, text, html);
        return Build(to, SubjectPrefix + AlertHeadline.Digest(day, changes.Count), messageId, text.ToString(), html.ToString(), unsubscribeToken);
    }

    /// <param name="heading">h1 when the change is the whole email, h2 under a digest's h1.</param>
    private void AppendChange(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var itemLink = AlertLinks.Item(app.Value, change.ItemSlug).ToString();
        // One arm per kind and no default: a new kind fails the build here until its email is written.
        _ = change.Kind switch
        {
            ChangeKind.StatusChange => AppendStatusChange(change, text, html, heading),
            ChangeKind.LegislativeUpdate => AppendLegislativeUpdate(change, text, html, heading),
            ChangeKind.PublicComment => AppendPublicComment(change, text, html, heading),
            ChangeKind.DietBill => AppendDietBill(change, text, html, heading),
            ChangeKind.Correction => AppendCorrection(change, text, html, heading),
            ChangeKind.Withdrawal => AppendWithdrawal(change, text, html, heading),
            ChangeKind.ActionChange => AppendActionChange(change, text, html, heading),
        };

        var when = Text.Format("When", JapanTime.Format(change.OccurredAt));
        text.AppendLine(when).AppendLine(Text.Format("Details", itemLink));
        html.Append("<p>").Append(Html("When", JapanTime.Time(change.OccurredAt))).Append("</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(itemLink)}\">{H(Text["SeeItem"])}</a></p>");
    }

    private static bool AppendLegislativeUpdate(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var law = change.LawTitle ?? change.ItemTitle;
        text.AppendLine(Text.Format("LegislativeUpdate.Text", law));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(AlertHeadline.LegislativeUpdate(law))}</{heading}>");
        AppendLine(change.AmendmentLawTitle is null ? null : Text.Format("AmendedBy", change.AmendmentLawTitle), text, html);
        AppendLine(change.PromulgationDate is { } promulgated ? DateWording.Promulgated(promulgated) : null, text, html);
        AppendLine(change.EnforcementDate is { } enforced ? DateWording.Enforcement(enforced, change.EnforcementDateIsScheduled) : null, text, html);
        AppendItemLine(change, text, html);
        return true;
    }

    private static bool AppendPublicComment(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        text.AppendLine(Text.Format("PublicComment.Text", ItemTitleText(change)))
            .AppendLine(change.CaseTitle)
            .AppendLine(change.CaseFacts)
            .AppendLine(Text.Format("PublicComment.OnEGov", change.CaseUrl));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(Text.Format("PublicComment.Heading", change.CaseTitle ?? string.Empty))}</{heading}>")
            .Append("<p>").Append(H(change.CaseFacts)).Append("</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(SafeHref(change.CaseUrl ?? string.Empty))}\">{H(Text["PublicComment.Link"])}</a></p>");
        AppendItemLine(change, null, html);
        return true;
    }

    private static bool AppendStatusChange(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var from = change.FromStatus?.Label() ?? ItemStatusText.NewLabel();
        var to = change.ToStatus?.Label() ?? string.Empty;
        text.AppendLine(ItemTitleText(change))
            .AppendLine(Text.Format("Status", from, to))
            .AppendLine(Text.Format("Reason", change.Reason));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{ItemTitleHtml(change)}</{heading}>")
            .Append("<p>").Append(Html("Status", Strong(from), Strong(to))).Append("</p>")
            .Append("<p>").Append(H(Text.Format("Reason", change.Reason))).Append("</p>");
        if (change.EvidenceUrl is not null)
        {
            text.AppendLine(Text.Format("Evidence", change.EvidenceUrl));
            html.Append("<p>").Append(Html("Evidence", new HtmlString($"<a href=\"{H(SafeHref(change.EvidenceUrl))}\">{H(change.EvidenceUrl)}</a>"))).Append("</p>");
        }

        AppendLine(change.EffectiveOn is { } effective ? DateWording.Effective(effective) : null, text, html);
        return true;
    }

    /// <summary>What was said, what is true now, why, and who corrected it.</summary>
    private static bool AppendCorrection(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var said = change.ToStatus?.Label() ?? string.Empty;
        var now = change.FromStatus?.Label() ?? string.Empty;
        text.AppendLine(AlertHeadline.For(change))
            .AppendLine(Text.Format("Correction.Said", ItemTitleText(change), said))
            .AppendLine(Text.Format("Correction.Now", now))
            .AppendLine(Text.Format("Reason", change.RetractionReason));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(AlertHeadline.For(change))}</{heading}>")
            .Append("<p>").Append(Html("Correction.Said", new HtmlString(ItemTitleHtml(change)), Strong(said))).Append("</p>")
            .Append("<p>").Append(Html("Correction.Now", Strong(now))).Append("</p>")
            .Append("<p>").Append(H(Text.Format("Reason", change.RetractionReason))).Append("</p>");
        AppendLine(change.RetractedBy is null ? null : Text.Format("Correction.By", change.RetractedBy), text, html);
        return true;
    }

    private static bool AppendWithdrawal(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var line = Text.Format(change.Withdrawn == true ? "Withdrawal.Withdrawn" : "Withdrawal.Restored", ItemTitleText(change));
        text.AppendLine(line).AppendLine(Text.Format("Reason", change.Reason));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(AlertHeadline.For(change))}</{heading}>")
            .Append("<p>").Append(H(line)).Append("</p>")
            .Append("<p>").Append(H(Text.Format("Reason", change.Reason))).Append("</p>");
        if (change.EvidenceUrl is not null)
        {
            text.AppendLine(Text.Format("Evidence", change.EvidenceUrl));
            html.Append("<p>").Append(Html("Evidence", new HtmlString($"<a href=\"{H(SafeHref(change.EvidenceUrl))}\">{H(change.EvidenceUrl)}</a>"))).Append("</p>");
        }

        return true;
    }

    private static bool AppendActionChange(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        text.AppendLine(ItemTitleText(change))
            .AppendLine(change.ActionMove)
            .AppendLine(Text.Format("Reason", change.Reason));
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{ItemTitleHtml(change)}</{heading}>")
            .Append("<p>").Append(H(change.ActionMove)).Append("</p>")
            .Append("<p>").Append(H(Text.Format("Reason", change.Reason))).Append("</p>");
        AppendLine(change.ActionTriggerLine, text, html);
        AppendLine(change.ActionDueLine, text, html);
        return true;
    }

    private static bool AppendDietBill(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var stage = change.BillStageName ?? string.Empty;
        text.AppendLine(Text.Format("DietBill.Text", ItemTitleText(change), stage))
            .AppendLine(change.BillKey + " " + change.BillTitle);
        html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(Text.Format("DietBill.Heading", stage, change.BillTitle ?? string.Empty))}</{heading}>")
            .Append("<p>").Append(H($"{change.BillKey} {change.BillTitle}")).Append("</p>");
        AppendLine(change.BillStageOn is { } on ? Text.Format("DietBill.On", JapanTime.FormatDate(on)) : null, text, html);
        AppendLine(change.BillLawNumber is null ? null : Text.Format("DietBill.LawNumber", change.BillLawNumber), text, html);
        if (change.BillUrl is not null)
        {
            text.AppendLine(Text.Format("DietBill.Progress", change.BillUrl));
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(SafeHref(change.BillUrl))}\">{H(Text["DietBill.Link"])}</a></p>");
        }

        AppendItemLine(change, null, html);
        return true;
    }

    /// <summary>"Item: …" under a legislative update or public comment (the text part of a public comment names the item already).</summary>
    private static void AppendItemLine(ChangeEntry change, StringBuilder? text, StringBuilder html)
    {
        text?.AppendLine(Text.Format("Item", ItemTitleText(change)));
        html.Append("<p>").Append(Html("Item", new HtmlString(ItemTitleHtml(change)))).Append("</p>");
    }

    /// <summary>The item's title; when it is the English one standing in for a missing Japanese title, marked as on the pages.</summary>
    private static string ItemTitleText(ChangeEntry change) =>
        change.ItemTitleIsOriginal ? $"{change.ItemTitle} ({Bilingual.MarkerText})" : change.ItemTitle;

    private static string ItemTitleHtml(ChangeEntry change) =>
        change.ItemTitleIsOriginal
            ? $"<span lang=\"{AppCultures.English}\">{H(change.ItemTitle)}</span> <small>{H(Bilingual.MarkerText)}</small>"
            : H(change.ItemTitle);

    private static void AppendLine(string? line, StringBuilder text, StringBuilder html)
    {
        if (line is not null)
        {
            text.AppendLine(line);
            html.Append("<p>").Append(H(line)).Append("</p>");
        }
    }

    private void AppendFooter(string scopeDescription, string unsubscribeToken, StringBuilder text, StringBuilder html)
    {
        var settings = AlertLinks.Settings(app.Value, unsubscribeToken).ToString();
        var unsubscribe = AlertLinks.Unsubscribe(app.Value, unsubscribeToken).ToString();
        text.AppendLine()
            .AppendLine("--")
            .AppendLine(Text.Format("Footer.Why", scopeDescription))
            .AppendLine(Text.Format("Footer.Manage", settings))
            .AppendLine(Text.Format("Footer.Unsubscribe", unsubscribe));
        html.Append("<hr><p style=\"color:#555;font-size:90%\">")
            .Append(H(Text.Format("Footer.Why", scopeDescription)))
            .Append(CultureInfo.InvariantCulture, $" <a href=\"{H(settings)}\">{H(Text["Footer.ManageLink"])}</a>")
            .Append(CultureInfo.InvariantCulture, $" · <a href=\"{H(unsubscribe)}\">{H(Text["Footer.UnsubscribeLink"])}</a></p>");
    }

    private MimeMessage Build(string to, string subject, string messageId, string text, string html, string? unsubscribeToken)
    {
        // Every email closes with who sends it, that the address takes no replies, and where to write instead.
        var contact = string.IsNullOrWhiteSpace(app.Value.Contact) ? app.Value.PublicBaseUrl : SafeText.SingleLine(app.Value.Contact);
        text += Environment.NewLine + "--" + Environment.NewLine + Text["Signature.Operator"] + Environment.NewLine
            + Text["Signature.NoReply"] + Environment.NewLine + Text.Format("Signature.Contact", contact) + Environment.NewLine;
        html += "<p style=\"color:#555;font-size:90%\">" + H(Text["Signature.Operator"]) + "<br>" + H(Text["Signature.NoReply"]) + "<br>"
            + H(Text.Format("Signature.Contact", contact)) + "</p>";
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.Value.From));
        message.To.Add(MailboxAddress.Parse(UnsafeHeaderException.Check(to, "recipient address")));
        // Titles come from editors and e-Gov: a line break there is flattened, never refused, so the alert still goes out.
        message.Subject = SafeText.SingleLine(subject);
        message.MessageId = messageId;
        message.Date = time.GetUtcNow();
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (unsubscribeToken is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{AlertLinks.Unsubscribe(app.Value, unsubscribeToken)}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = SafeText.MultiLine(text), HtmlBody = SafeText.MultiLine(Wrap(message.Subject, html)) }.ToMessageBody();
        return message;
    }

    private static string Wrap(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"{(AppCultures.IsJapanese() ? AppCultures.Japanese : AppCultures.English)}\"><head><meta charset=\"utf-8\"><title>{H(title)}</title></head><body style=\"font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem\">{body}</body></html>";

    private static string SafeHref(string url) =>
        HttpUrl.TryParse(url, out var uri) ? uri.ToString() : "#";

    private static string H(string? value) => HtmlEncoder.Encode(value ?? string.Empty);

    private static HtmlString Strong(string value) => new($"<strong>{H(value)}</strong>");

    /// <summary>A resource's format (which may hold simple markup) with HTML-encoded arguments; markup arguments go in as <see cref="IHtmlContent"/>.</summary>
    private static string Html(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Text[key], arguments.Select(a => a is IHtmlContent markup ? ToHtml(markup) : H(Convert.ToString(a, CultureInfo.CurrentCulture))).ToArray<object?>());

    private static string ToHtml(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, HtmlEncoder);
        return writer.ToString();
    }
}
