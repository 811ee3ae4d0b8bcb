using System.Text.Json;
using CsCheck;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

/// <summary>Slack and Teams payloads stay valid JSON within each service's limits, whatever the stored text.</summary>
public sealed class ChatRendererPropertyTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Text biased towards trouble, sometimes far longer than any limit.</summary>
    private static readonly Gen<string> HostileText = Gen.OneOf(
            Gen.Char['\0', '\u007F'],
            Gen.Char['\u0080', '\u009F'],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char['\u3040', '\u30FF'],
            Gen.Char["<>&\"'\\\r\n\t\u2028\u2029@!*_~`|"])
        .Array[0, 12_000]
        .Select(chars => new string(chars));

    private static readonly Gen<AlertMessage> Messages =
        Gen.Select(HostileText, HostileText, HostileText, HostileText, Gen.Enum<ChangeKind>(), Gen.Bool.Select(japanese => japanese ? "ja" : "en"))
            .Select((headline, title, reason, other, kind, language) => new AlertMessage
            {
                Kind = DeliveryKind.Alert,
                DeliveryKey = "alert/1/2",
                Recipient = "channel:x",
                Language = language,
                Headline = headline,
                ScopeDescription = other,
                Cadence = AlertCadence.Immediate,
                ItemUrl = new Uri("https://japanaigov.example/items/pipa"),
                Changes =
                [
                    new ChangeEntry
                    {
                        Kind = kind, Id = 1, OccurredAt = At, ItemId = 1, ItemSlug = "pipa", ItemTitle = title, ItemTopic = other,
                        FromStatus = ItemStatus.Reported, ToStatus = ItemStatus.Confirmed, Reason = reason, EvidenceUrl = other,
                        LawTitle = title, AmendmentLawTitle = reason, CaseTitle = title, CaseUrl = other, CaseOffice = reason,
                        BillTitle = title, BillStageName = reason, BillLawNumber = other, BillUrl = other,
                    },
                ],
            });

    [Fact]
    public void Slack_AnyText_StaysWithinBlockKitLimits() =>
        Messages.Sample(message =>
        {
            using var json = JsonDocument.Parse(SlackMessage.Render(ChannelFacts.For(message)));
            var root = json.RootElement;

            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()));
            var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
            Assert.InRange(blocks.Count, 1, SlackMessage.MaxBlocks);
            foreach (var block in blocks)
            {
                var type = block.GetProperty("type").GetString();
                if (type is "header" or "section")
                {
                    var text = block.GetProperty("text").GetProperty("text").GetString()!;
                    Assert.InRange(text.Length, 1, type == "header" ? SlackMessage.HeaderMax : SlackMessage.SectionMax);
                    Assert.Equal("plain_text", block.GetProperty("text").GetProperty("type").GetString());
                }
            }
        }, iter: 200);

    [Fact]
    public void Teams_AnyText_IsAnAdaptiveCardMessageUnder28KB() =>
        Messages.Sample(message =>
        {
            var body = TeamsCard.Render(ChannelFacts.For(message));
            using var json = JsonDocument.Parse(body);

            Assert.InRange(body.Length, 1, 28 * 1024);
            Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
            var attachment = json.RootElement.GetProperty("attachments")[0];
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
            Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
            Assert.Equal("https://japanaigov.example/items/pipa", attachment.GetProperty("content").GetProperty("actions")[0].GetProperty("url").GetString());
        }, iter: 200);

    [Fact]
    public void Webhook_AnyText_IsJsonWithTheKindsType() =>
        Messages.Sample(message =>
        {
            using var json = JsonDocument.Parse(WebhookPayload.Render(message, (message.Changes[0].ItemTitle, "個人情報"), At));

            Assert.Equal(WebhookPayload.TypeOf(message.Changes[0].Kind), json.RootElement.GetProperty("type").GetString());
            Assert.Equal("pipa", json.RootElement.GetProperty("data").GetProperty("item").GetProperty("slug").GetString());
            Assert.Equal("個人情報", json.RootElement.GetProperty("data").GetProperty("item").GetProperty("title").GetProperty("ja").GetString());
        }, iter: 100);

    [Fact]
    public void Clip_NeverSplitsASurrogatePair()
    {
        var clipped = ChatText.Clip(new string('a', 8) + "😀😀😀", 10);

        Assert.True(clipped.Length <= 10);
        Assert.False(char.IsHighSurrogate(clipped[^2]) && !char.IsLowSurrogate(clipped[^1]));
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
    }
}
