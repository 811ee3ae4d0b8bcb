using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.Tests.Alerts;

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
}
