using System.Text.Json;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

/// <summary>The webhook body as docs/api.md#webhooks documents it: type per kind, instants in UTC, absent facts left out.</summary>
public sealed class WebhookPayloadTests
{
    private static readonly DateTimeOffset Occurred = new(2026, 12, 6, 16, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 2, 3, TimeSpan.Zero);

    private static ChangeEntry Entry(ChangeKind kind) => new()
    {
        Kind = kind, Id = 42, OccurredAt = Occurred, ItemId = 1, ItemSlug = "pipa", ItemTitle = "PIPA", ItemTopic = "privacy",
    };

    private static AlertMessage Message(params ChangeEntry[] changes) => new()
    {
        Kind = DeliveryKind.Alert,
        DeliveryKey = "alert/1/2",
        Recipient = "channel:x",
        Language = "ja",
        Headline = "見出し",
        ScopeDescription = "all",
        Cadence = AlertCadence.Immediate,
        ItemUrl = new Uri("https://japanaigov.example/items/pipa"),
        Changes = changes,
    };

    private static JsonElement Render(AlertMessage message, string titleJa = "個人情報保護法") =>
        JsonDocument.Parse(WebhookPayload.Render(message, ("PIPA", titleJa), Now)).RootElement.Clone();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void TypeOf_EachKind_HasItsOwnEventType()
    {
        var types = Enum.GetValues<ChangeKind>().Select(WebhookPayload.TypeOf).ToList();

        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.All(types, t => Assert.StartsWith("item.", t, StringComparison.Ordinal));
        Assert.Equal("item.status_changed", WebhookPayload.TypeOf(ChangeKind.StatusChange));
        Assert.Equal("item.legislative_update", WebhookPayload.TypeOf(ChangeKind.LegislativeUpdate));
        Assert.Equal("item.public_comment", WebhookPayload.TypeOf(ChangeKind.PublicComment));
        Assert.Equal("item.diet_bill", WebhookPayload.TypeOf(ChangeKind.DietBill));
    }

    [Fact]
    public void Render_AStatusChange_HasTheDocumentedShape()
    {
        var entry = Entry(ChangeKind.StatusChange) with
        {
            FromStatus = ItemStatus.Reported, ToStatus = ItemStatus.Confirmed, Reason = "Published on e-Gov.",
            EvidenceUrl = "https://www.ppc.go.jp/en/legal/", EffectiveOn = new DateOnly(2027, 4, 1),
        };

        var root = Render(Message(entry));

        Assert.Equal(["type", "timestamp", "data"], Names(root));
        Assert.Equal("item.status_changed", root.GetProperty("type").GetString());
        Assert.Equal("2026-12-06T07:00:00Z", root.GetProperty("timestamp").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(
            ["headline", "language", "change_id", "occurred_at", "item", "from", "to", "reason", "evidence_url", "effective_on"],
            Names(data));
        Assert.Equal("見出し", data.GetProperty("headline").GetString());
        Assert.Equal("ja", data.GetProperty("language").GetString());
        Assert.Equal(entry.EntryId, data.GetProperty("change_id").GetString());
        Assert.Equal("2026-12-06T07:00:00Z", data.GetProperty("occurred_at").GetString());
        var item = data.GetProperty("item");
        Assert.Equal(["slug", "topic", "title", "url"], Names(item));
        Assert.Equal("pipa", item.GetProperty("slug").GetString());
        Assert.Equal("privacy", item.GetProperty("topic").GetString());
        Assert.Equal("PIPA", item.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("個人情報保護法", item.GetProperty("title").GetProperty("ja").GetString());
        Assert.Equal("https://japanaigov.example/items/pipa", item.GetProperty("url").GetString());
        Assert.Equal("Reported", data.GetProperty("from").GetString());
        Assert.Equal("Confirmed", data.GetProperty("to").GetString());
        Assert.Equal("Published on e-Gov.", data.GetProperty("reason").GetString());
        Assert.Equal("https://www.ppc.go.jp/en/legal/", data.GetProperty("evidence_url").GetString());
        Assert.Equal("2027-04-01", data.GetProperty("effective_on").GetString());
    }

    [Fact]
    public void Render_WithoutAJapaneseTitleOrItemUrlOrEmptyFacts_LeavesThemOut()
    {
        var entry = Entry(ChangeKind.StatusChange) with { ToStatus = ItemStatus.Reported, Reason = string.Empty };

        var root = Render(Message(entry) with { ItemUrl = null }, titleJa: string.Empty);

        var data = root.GetProperty("data");
        Assert.Equal(["headline", "language", "change_id", "occurred_at", "item", "to"], Names(data));
        Assert.Equal(["slug", "topic", "title"], Names(data.GetProperty("item")));
        Assert.Equal(["en"], Names(data.GetProperty("item").GetProperty("title")));
    }

    [Fact]
    public void Render_EveryOtherKindsFacts_AreWrittenUnderTheirNames()
    {
        var entry = Entry(ChangeKind.Withdrawal) with
        {
            LawId = "415AC0000000057", LawTitle = "個人情報の保護に関する法律", LawRevisionId = "415AC0000000057_20270401_507AC0000000001",
            AmendmentLawTitle = "改正法", PromulgationDate = new DateOnly(2026, 6, 1), EnforcementDate = new DateOnly(2027, 4, 1),
            CaseId = "595226001", CaseTitle = "意見募集", CaseUrl = "https://public-comment.e-gov.go.jp/1",
            BillKey = "217-閣-30", BillTitle = "法律案", BillStage = "Passed", BillLawNumber = "令和八年法律第一号", BillUrl = "https://www.shugiin.go.jp/1",
            FromAction = ActionLevel.Monitor, ToAction = ActionLevel.Act, ActionTrigger = "Cabinet order", ActionDueOn = new DateOnly(2027, 1, 31),
            RetractedAt = new DateTimeOffset(2026, 12, 8, 9, 30, 0, TimeSpan.FromHours(9)), RetractionReason = "Entered in error.", Withdrawn = true,
        };

        var data = Render(Message(entry)).GetProperty("data");

        Assert.Equal("item.withdrawal_changed", Render(Message(entry)).GetProperty("type").GetString());
        Assert.Equal(
            [
                "headline", "language", "change_id", "occurred_at", "item", "law_id", "law_title", "law_revision_id", "amendment_law_title",
                "promulgation_date", "enforcement_date", "case_id", "case_title", "case_url", "bill_key", "bill_title", "bill_stage",
                "bill_law_number", "bill_url", "action_from", "action_to", "action_trigger", "action_due_on", "retracted_at",
                "retraction_reason", "withdrawn",
            ],
            Names(data));
        Assert.Equal("415AC0000000057", data.GetProperty("law_id").GetString());
        Assert.Equal("2026-06-01", data.GetProperty("promulgation_date").GetString());
        Assert.Equal("2027-04-01", data.GetProperty("enforcement_date").GetString());
        Assert.Equal("217-閣-30", data.GetProperty("bill_key").GetString());
        Assert.Equal("Passed", data.GetProperty("bill_stage").GetString());
        Assert.Equal("Monitor", data.GetProperty("action_from").GetString());
        Assert.Equal("Act", data.GetProperty("action_to").GetString());
        Assert.Equal("2027-01-31", data.GetProperty("action_due_on").GetString());
        Assert.Equal("2026-12-08T00:30:00Z", data.GetProperty("retracted_at").GetString());
        Assert.Equal("Entered in error.", data.GetProperty("retraction_reason").GetString());
        Assert.True(data.GetProperty("withdrawn").GetBoolean());
        Assert.False(Render(Message(entry with { Withdrawn = false })).GetProperty("data").GetProperty("withdrawn").GetBoolean());
    }

    [Fact]
    public void Render_ATestOrSeveralChanges_IsTypeTestWithOnlyHeadlineAndLanguage_AtTheTimeOfSending()
    {
        foreach (var message in new[] { Message(), Message(Entry(ChangeKind.StatusChange), Entry(ChangeKind.DietBill)) })
        {
            var root = Render(message);

            Assert.Equal(WebhookPayload.TestType, root.GetProperty("type").GetString());
            Assert.Equal("test", root.GetProperty("type").GetString());
            Assert.Equal("2026-12-07T01:02:03Z", root.GetProperty("timestamp").GetString());
            Assert.Equal(["headline", "language"], Names(root.GetProperty("data")));
        }
    }
}
