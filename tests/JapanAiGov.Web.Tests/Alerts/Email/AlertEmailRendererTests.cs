using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.Tests.Alerts.Email;

public sealed class AlertEmailRendererTests
{
    internal static readonly AlertEmailRenderer Renderer = new(
        Options.Create(new EmailOptions { From = "JapanAiGov <alerts@japanaigov.example>" }),
        Options.Create(new AppOptions { PublicBaseUrl = "https://japanaigov.example/" }),
        Options.Create(new AlertsOptions()),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));

    private static ChangeEntry StatusChange(string title = "PIPA amendment", string reason = "Official text <published>.") => new()
    {
        Kind = ChangeKind.StatusChange,
        Id = 7,
        ItemId = 1,
        ItemTitle = title,
        ItemSlug = "pipa",
        ItemTopic = "privacy",
        OccurredAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
        FromStatus = ItemStatus.Reported,
        ToStatus = ItemStatus.Confirmed,
        Reason = reason,
        EvidenceUrl = "https://www.ppc.go.jp/",
    };

    [Fact]
    public void Alert_HasSubjectBothPartsAndOneClickUnsubscribeHeaders()
    {
        var message = Renderer.Alert("reader@example.org", "every item JapanAiGov tracks", StatusChange(), "TOKEN", "alert.7.3@japanaigov.example");

        Assert.Equal("[JapanAiGov] PIPA amendment: Reported → Confirmed", message.Subject);
        Assert.Equal("alert.7.3@japanaigov.example", message.MessageId);
        Assert.Equal("<https://japanaigov.example/alerts/unsubscribe/TOKEN>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Reason: Official text <published>.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Official text &lt;published&gt;.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://japanaigov.example/items/pipa", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), message.Date);
    }

    [Theory]
    [InlineData("Title\r\nBcc: victim@example.org")]
    [InlineData("Title\nX-Injected: yes")]
    [InlineData("Title\rX-Injected: yes")]
    [InlineData("Title\u000BX-Injected: yes")]
    public void Alert_TitleWithLineBreak_IsFlattenedIntoOneSubjectLine(string title)
    {
        var message = Renderer.Alert("reader@example.org", "x", StatusChange(title), "TOKEN", "id@x");

        Assert.StartsWith("[JapanAiGov] Title ", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Subject!, char.IsControl);
        Assert.Empty(message.Bcc);
        Assert.Null(message.Headers["X-Injected"]);
    }

    [Fact]
    public void Alert_LineBreaksInTheBodyAreFine()
    {
        var message = Renderer.Alert("reader@example.org", "x", StatusChange(reason: "Line one.\r\nBcc: not-a-header@example.org"), "TOKEN", "id@x");

        Assert.Empty(message.Bcc);
        Assert.Contains("Bcc: not-a-header@example.org", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_JavascriptEvidenceUrl_IsNotLinkedInHtml()
    {
        var change = StatusChange() with { EvidenceUrl = "javascript:alert(1)" };

        var message = Renderer.Alert("reader@example.org", "x", change, "TOKEN", "id@x");

        Assert.DoesNotContain("href=\"javascript:", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void LegislativeUpdate_SubjectNamesTheLaw()
    {
        var change = new ChangeEntry { Kind = ChangeKind.LegislativeUpdate, Id = 8, ItemId = 1, ItemTitle = "PIPA amendment", ItemSlug = "pipa", ItemTopic = "privacy", OccurredAt = DateTimeOffset.UnixEpoch, LawTitle = "個人情報の保護に関する法律" };

        Assert.Equal("[JapanAiGov] New legislative text: 個人情報の保護に関する法律", AlertEmailRenderer.Subject(change));
    }

    [Fact]
    public void Confirmation_LinksToTheConfirmPageAndHasNoUnsubscribeHeader()
    {
        var message = Renderer.Confirmation("reader@example.org", "the topic “privacy”", AlertCadence.DailyDigest, "TOKEN", "confirm.1@x");

        Assert.Contains("https://japanaigov.example/alerts/confirm/TOKEN", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("The link works for 7 days", message.TextBody, StringComparison.Ordinal);
        Assert.Null(message.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public void Digest_ListsEveryChange()
    {
        var second = StatusChange("Profit-based penalties") with { Id = 9 };

        var message = Renderer.Digest("reader@example.org", "x", new DateOnly(2026, 11, 24), [StatusChange(), second], "TOKEN", "digest@x");

        Assert.Equal("[JapanAiGov] Daily digest for 2026-11-24: 2 changes", message.Subject);
        Assert.Contains("== PIPA amendment: Reported → Confirmed", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("== Profit-based penalties: Reported → Confirmed", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void LegislativeUpdateAndPublicComment_InJapanese_UseJapaneseWordsAndJstDates()
    {
        var update = new ChangeEntry
        {
            Kind = ChangeKind.LegislativeUpdate, Id = 8, ItemId = 1, ItemTitle = "個人情報保護法改正", ItemSlug = "pipa", ItemTopic = "privacy",
            OccurredAt = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero), LawTitle = "個人情報の保護に関する法律",
            PromulgationDate = new DateOnly(2026, 11, 20), EnforcementDate = new DateOnly(2027, 4, 1), EnforcementDateIsScheduled = true,
        };
        var comment = new ChangeEntry
        {
            Kind = ChangeKind.PublicComment, Id = 9, ItemId = 1, ItemTitle = "個人情報保護法改正", ItemSlug = "pipa", ItemTopic = "privacy",
            OccurredAt = update.OccurredAt, CaseTitle = "AI事業者ガイドライン案", CaseUrl = "https://public-comment.e-gov.go.jp/x", CaseOffice = "経済産業省",
            CommentDeadline = new DateTimeOffset(2026, 12, 25, 14, 59, 0, TimeSpan.Zero), ResultPublishedOn = new DateOnly(2027, 2, 10), CommentCount = 42,
        };

        using var japanese = CultureScope.Use("ja");
        var message = Renderer.Digest("reader@example.org", "項目「個人情報保護法改正」", new DateOnly(2026, 11, 25), [update, comment], "TOKEN", "digest@x");

        Assert.Equal("【JapanAiGov】毎日のまとめ 2026年11月25日: 2件の変更", message.Subject);
        var text = message.TextBody;
        Assert.Contains("== 法令の更新: 個人情報の保護に関する法律", text, StringComparison.Ordinal);
        Assert.Contains("公布日: 2026年11月20日", text, StringComparison.Ordinal);
        Assert.Contains("施行予定日: 2027年4月1日", text, StringComparison.Ordinal);
        Assert.Contains("日時: 2026年11月25日 08:30 JST", text, StringComparison.Ordinal);
        Assert.Contains("== 個人情報保護法改正に関する意見募集: AI事業者ガイドライン案", text, StringComparison.Ordinal);
        Assert.Contains("経済産業省／意見提出期限 2026年12月25日 23:59 JST／結果公示 2027年2月10日（意見42件）", text, StringComparison.Ordinal);
        Assert.Contains("配信設定の変更（対象・頻度・言語）：https://japanaigov.example/alerts/settings/TOKEN", text, StringComparison.Ordinal);
        Assert.Contains("配信停止：https://japanaigov.example/alerts/unsubscribe/TOKEN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Promulgated", text, StringComparison.Ordinal);
    }
}
