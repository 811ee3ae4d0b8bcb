using System.Globalization;
using System.Text.Json;
using JapanAiGov.Web.Changes;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// The JSON body of a webhook (docs/api.md#webhooks): <c>{"type", "timestamp", "data"}</c> with the change's kind,
/// item, titles in both languages, facts and links. Field names are snake_case; absent facts are left out.
/// </summary>
public static class WebhookPayload
{
    public const string TestType = "test";

    /// <summary>The event type of each kind of change; a new kind fails the build here until it has one.</summary>
    public static string TypeOf(ChangeKind kind) => kind switch
    {
        ChangeKind.StatusChange => "item.status_changed",
        ChangeKind.LegislativeUpdate => "item.legislative_update",
        ChangeKind.PublicComment => "item.public_comment",
        ChangeKind.DietBill => "item.diet_bill",
        ChangeKind.ActionChange => "item.action_changed",
        ChangeKind.Correction => "item.status_change_retracted",
        ChangeKind.Withdrawal => "item.withdrawal_changed",
    };

    /// <param name="titles">The item's English and Japanese titles (the Japanese one empty when not yet written).</param>
    public static byte[] Render(AlertMessage message, (string En, string Ja) titles, DateTimeOffset now)
    {
        var change = message.Changes.Count == 1 ? message.Changes[0] : null;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ChatText.Json))
        {
            json.WriteStartObject();
            json.WriteString("type", change is null ? TestType : TypeOf(change.Kind));
            json.WriteString("timestamp", Instant(change?.OccurredAt ?? now));
            json.WriteStartObject("data");
            json.WriteString("headline", message.Headline);
            json.WriteString("language", message.Language);
            if (change is not null)
            {
                WriteChange(json, change, titles, message.ItemUrl);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteChange(Utf8JsonWriter json, ChangeEntry change, (string En, string Ja) titles, Uri? itemUrl)
    {
        json.WriteString("change_id", change.EntryId);
        json.WriteString("occurred_at", Instant(change.OccurredAt));
        json.WriteStartObject("item");
        json.WriteString("slug", change.ItemSlug);
        json.WriteString("topic", change.ItemTopic);
        json.WriteStartObject("title");
        json.WriteString("en", titles.En);
        Optional(json, "ja", titles.Ja);
        json.WriteEndObject();
        Optional(json, "url", itemUrl?.AbsoluteUri);
        json.WriteEndObject();
        Optional(json, "from", change.FromStatus?.ToString());
        Optional(json, "to", change.ToStatus?.ToString());
        Optional(json, "reason", change.Reason);
        Optional(json, "evidence_url", change.EvidenceUrl);
        Optional(json, "effective_on", Day(change.EffectiveOn));
        Optional(json, "law_id", change.LawId);
        Optional(json, "law_title", change.LawTitle);
        Optional(json, "law_revision_id", change.LawRevisionId);
        Optional(json, "amendment_law_title", change.AmendmentLawTitle);
        Optional(json, "promulgation_date", Day(change.PromulgationDate));
        Optional(json, "enforcement_date", Day(change.EnforcementDate));
        Optional(json, "case_id", change.CaseId);
        Optional(json, "case_title", change.CaseTitle);
        Optional(json, "case_url", change.CaseUrl);
        Optional(json, "bill_key", change.BillKey);
        Optional(json, "bill_title", change.BillTitle);
        Optional(json, "bill_stage", change.BillStage);
        Optional(json, "bill_law_number", change.BillLawNumber);
        Optional(json, "bill_url", change.BillUrl);
        Optional(json, "action_from", change.FromAction?.ToString());
        Optional(json, "action_to", change.ToAction?.ToString());
        Optional(json, "action_trigger", change.ActionTrigger);
        Optional(json, "action_due_on", Day(change.ActionDueOn));
        Optional(json, "retracted_at", change.RetractedAt is { } retractedAt ? Instant(retractedAt) : null);
        Optional(json, "retraction_reason", change.RetractionReason);
        if (change.Withdrawn is { } withdrawn)
        {
            json.WriteBoolean("withdrawn", withdrawn);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
