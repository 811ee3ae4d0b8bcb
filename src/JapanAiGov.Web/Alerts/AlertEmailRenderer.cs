using System.Globalization;
using System.Net;
using System.Text;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Builds the emails: plain text and HTML parts, absolute links from App:PublicBaseUrl, RFC 8058 one-click
/// unsubscribe headers on everything but the confirmation. Text that came from users or e-Gov (item and law titles) is
/// flattened to one line before it goes into the subject and cleaned of control characters in the bodies
/// (<see cref="SafeText"/>); a recipient address with CR/LF is refused with <see cref="UnsafeHeaderException"/>.
/// </summary>
public sealed class AlertEmailRenderer(IOptions<EmailOptions> email, IOptions<AppOptions> app, IOptions<AlertsOptions> alerts, TimeProvider time)
{
    public const string SubjectPrefix = "[JapanAiGov] ";

    public static string MessageIdFor(DeliveryKind kind, long subscriptionId, long? alertEventId, DateOnly? digestDate, string domain) => kind switch
    {
        DeliveryKind.Alert => $"alert.{alertEventId}.{subscriptionId}@{domain}",
        DeliveryKind.Digest => $"digest.{digestDate:yyyyMMdd}.{subscriptionId}@{domain}",
        _ => $"confirm.{subscriptionId}.{Guid.NewGuid():N}@{domain}",
    };

    public string MessageIdDomain
    {
        get
        {
            var address = MailboxAddress.Parse(email.Value.From).Address;
            var domain = address[(address.LastIndexOf('@') + 1)..];
            return domain.Length == 0 ? "localhost" : domain;
        }
    }

    public static string Subject(ChangeEntry change) => change.Kind switch
    {
        ChangeKind.LegislativeUpdate => $"{SubjectPrefix}New legislative text: {change.LawTitle ?? change.ItemTitle}",
        ChangeKind.PublicComment => $"{SubjectPrefix}Public comment for {change.ItemTitle}: {change.CaseTitle}",
        _ => $"{SubjectPrefix}{change.ItemTitle}: {change.FromStatus?.Label() ?? "New"} → {change.ToStatus?.Label()}",
    };

    public MimeMessage Confirmation(string to, string scopeDescription, AlertCadence cadence, string confirmToken, string messageId)
    {
        var confirm = app.Value.Link($"/alerts/confirm/{confirmToken}");
        var days = (int)Math.Round(alerts.Value.ConfirmationLifetime.TotalDays);
        var expires = days == 1 ? "1 day" : $"{days} days";
        var cadenceText = cadence == AlertCadence.DailyDigest ? "a daily digest" : "an email for each change";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Someone (hopefully you) asked JapanAiGov to send alerts about {scopeDescription} to this address, as {cadenceText}.")
            .AppendLine()
            .AppendLine("To start receiving them, open this link and press the Confirm button:")
            .AppendLine(confirm.ToString())
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The link works for {expires}. If you did not ask for this, ignore this email: nothing will be sent.")
            .ToString();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Someone (hopefully you) asked JapanAiGov to send alerts about {H(scopeDescription)} to this address, as {H(cadenceText)}.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(confirm.ToString())}\">Open the confirmation page</a> and press <strong>Confirm</strong> to start receiving them.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>The link works for {expires}. If you did not ask for this, ignore this email: nothing will be sent.</p>")
            .ToString();
        return Build(to, $"{SubjectPrefix}Confirm your alert subscription", messageId, text, html, unsubscribeToken: null);
    }

    public MimeMessage Alert(string to, string scopeDescription, ChangeEntry change, string unsubscribeToken, string messageId)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        AppendChange(change, text, html, heading: "h1");
        AppendFooter(scopeDescription, unsubscribeToken, text, html);
        return Build(to, Subject(change), messageId, text.ToString(), html.ToString(), unsubscribeToken);
    }

    public MimeMessage Digest(string to, string scopeDescription, DateOnly day, IReadOnlyList<ChangeEntry> changes, string unsubscribeToken, string messageId)
    {
        var count = changes.Count == 1 ? "1 change" : $"{changes.Count} changes";
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"JapanAiGov daily digest for {day:yyyy-MM-dd} (UTC): {count}.").AppendLine();
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<h1>Daily digest for {day:yyyy-MM-dd}</h1><p>{count} (UTC day).</p>");
        foreach (var change in changes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"== {Subject(change)[SubjectPrefix.Length..]}");
            html.Append("<hr>");
            AppendChange(change, text, html, heading: "h2");
            text.AppendLine();
        }

        AppendFooter(scopeDescription, unsubscribeToken, text, html);
        return Build(to, $"{SubjectPrefix}Daily digest for {day:yyyy-MM-dd}: {count}", messageId, text.ToString(), html.ToString(), unsubscribeToken);
    }

    /// <param name="heading">h1 when the change is the whole email, h2 under a digest's h1.</param>
    private void AppendChange(ChangeEntry change, StringBuilder text, StringBuilder html, string heading)
    {
        var itemLink = app.Value.Link($"/items/{change.ItemSlug}").ToString();
        if (change.Kind == ChangeKind.LegislativeUpdate)
        {
            var law = change.LawTitle ?? change.ItemTitle;
            text.AppendLine(CultureInfo.InvariantCulture, $"New legislative text was published on e-Gov for {law}.");
            html.Append(CultureInfo.InvariantCulture, $"<{heading}>New legislative text: {H(law)}</{heading}>");
            if (change.AmendmentLawTitle is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Amended by: {change.AmendmentLawTitle}");
                html.Append(CultureInfo.InvariantCulture, $"<p>Amended by: {H(change.AmendmentLawTitle)}</p>");
            }

            AppendLine(change.PromulgationDate is { } promulgated ? DateWording.Promulgated(promulgated) : null, text, html);
            AppendLine(change.EnforcementDate is { } enforced ? DateWording.Enforcement(enforced, change.EnforcementDateIsScheduled) : null, text, html);

            text.AppendLine(CultureInfo.InvariantCulture, $"Item: {change.ItemTitle}");
            html.Append(CultureInfo.InvariantCulture, $"<p>Item: {H(change.ItemTitle)}</p>");
        }
        else if (change.Kind == ChangeKind.PublicComment)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"A public comment on e-Gov (パブリックコメント) bears on {change.ItemTitle}:")
                .AppendLine(CultureInfo.InvariantCulture, $"{change.CaseTitle}")
                .AppendLine(CultureInfo.InvariantCulture, $"{change.CaseFacts}")
                .AppendLine(CultureInfo.InvariantCulture, $"On e-Gov: {change.CaseUrl}");
            html.Append(CultureInfo.InvariantCulture, $"<h2>Public comment: {H(change.CaseTitle ?? string.Empty)}</h2>")
                .Append(CultureInfo.InvariantCulture, $"<p>{H(change.CaseFacts)}</p>")
                .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(SafeHref(change.CaseUrl ?? string.Empty))}\">The case on e-Gov</a></p>")
                .Append(CultureInfo.InvariantCulture, $"<p>Item: {H(change.ItemTitle)}</p>");
        }
        else
        {
            var from = change.FromStatus?.Label() ?? "New";
            var to = change.ToStatus?.Label() ?? string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"{change.ItemTitle}")
                .AppendLine(CultureInfo.InvariantCulture, $"Status: {from} → {to}")
                .AppendLine(CultureInfo.InvariantCulture, $"Reason: {change.Reason}");
            html.Append(CultureInfo.InvariantCulture, $"<{heading}>{H(change.ItemTitle)}</{heading}>")
                .Append(CultureInfo.InvariantCulture, $"<p>Status: <strong>{H(from)}</strong> → <strong>{H(to)}</strong></p>")
                .Append(CultureInfo.InvariantCulture, $"<p>Reason: {H(change.Reason ?? string.Empty)}</p>");
            if (change.EvidenceUrl is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Evidence: {change.EvidenceUrl}");
                html.Append(CultureInfo.InvariantCulture, $"<p>Evidence: <a href=\"{H(SafeHref(change.EvidenceUrl))}\">{H(change.EvidenceUrl)}</a></p>");
            }

            AppendLine(change.EffectiveOn is { } effective ? DateWording.Effective(effective) : null, text, html);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"When: {change.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Details: {itemLink}");
        html.Append(CultureInfo.InvariantCulture, $"<p>When: {change.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(itemLink)}\">See the item on JapanAiGov</a></p>");
    }

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
        var unsubscribe = app.Value.Link($"/alerts/unsubscribe/{unsubscribeToken}").ToString();
        text.AppendLine()
            .AppendLine("--")
            .AppendLine(CultureInfo.InvariantCulture, $"Why you got this: you subscribed to alerts about {scopeDescription}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Unsubscribe: {unsubscribe}");
        html.Append("<hr><p style=\"color:#555;font-size:90%\">")
            .Append(CultureInfo.InvariantCulture, $"Why you got this: you subscribed to alerts about {H(scopeDescription)}. ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"{H(unsubscribe)}\">Unsubscribe</a></p>");
    }

    private MimeMessage Build(string to, string subject, string messageId, string text, string html, string? unsubscribeToken)
    {
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
            message.Headers.Add("List-Unsubscribe", $"<{app.Value.Link($"/alerts/unsubscribe/{unsubscribeToken}")}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = SafeText.MultiLine(text), HtmlBody = SafeText.MultiLine(Wrap(message.Subject, html)) }.ToMessageBody();
        return message;
    }

    private static string Wrap(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{H(title)}</title></head><body style=\"font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem\">{body}</body></html>";

    private static string SafeHref(string url) =>
        HttpUrl.TryParse(url, out var uri) ? uri.ToString() : "#";

    private static string H(string value) => WebUtility.HtmlEncode(value);
}
