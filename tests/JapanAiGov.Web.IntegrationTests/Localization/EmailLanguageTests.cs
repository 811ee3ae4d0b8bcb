using System.Net;
using System.Text;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace JapanAiGov.Web.IntegrationTests.Localization;

/// <summary>Emails are written in their subscription's language, over a real SMTP conversation on loopback.</summary>
public sealed class EmailLanguageTests
{
    [Fact]
    public async Task OneStatusChange_ReachesEachSubscriberInTheirLanguage()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.AddSubscriptionAsync("ja@example.org", language: "ja");
        await app.AddSubscriptionAsync("en@example.org", language: "en");
        var titleJa = await TitleJaAsync(app, AlertTestExtensions.PipaSlug);

        // 00:30 UTC on 24 November is 09:30 JST the same day.
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed, "個人情報保護委員会が官報で改正法を公布した。");
        Assert.Equal(2, (await app.DispatchAsync()).Sent);

        var ja = Assert.Single(smtp.To("ja@example.org"));
        Assert.Equal($"【JapanAiGov】{titleJa}: 報道段階 → 確認済み", ja.Subject);
        var jaText = ja.TextOf();
        Assert.Contains("ステータス: 報道段階 → 確認済み", jaText, StringComparison.Ordinal);
        Assert.Contains("理由: 個人情報保護委員会が官報で改正法を公布した。", jaText, StringComparison.Ordinal);
        Assert.Contains($"根拠: {AlertTestExtensions.OfficialEvidence}", jaText, StringComparison.Ordinal);
        Assert.Contains("日時: 2026年11月24日 09:30 JST", jaText, StringComparison.Ordinal);
        Assert.Contains("このメールは、JapanAiGovが追跡するすべての項目のメール通知にご登録いただいた方にお送りしています。", jaText, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", jaText, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", ja.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-11-24T00:30:00.000Z\">2026年11月24日 09:30 JST</time>", ja.HtmlBody, StringComparison.Ordinal);
        AssertSubjectIsRfc2047Encoded(ja);

        var en = Assert.Single(smtp.To("en@example.org"));
        Assert.Equal("[JapanAiGov] PIPA amendment: AI training on personal data without opt-in: Reported → Confirmed", en.Subject);
        Assert.Contains("Status: Reported → Confirmed", en.TextOf(), StringComparison.Ordinal);
        Assert.Contains("When: 2026-11-24 09:30 JST", en.TextOf(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", en.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("報道段階", en.TextOf(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribingOnAJapanesePage_SendsAJapaneseConfirmation()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        var client = app.CreateBrowserLikeClient();
        await client.GetAsync("/?culture=ja");
        using var response = await client.PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = "reader@example.org", ["Input.Cadence"] = "DailyDigest" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(1, (await app.DispatchAsync()).Sent);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("【JapanAiGov】メール通知の登録を確認してください", message.Subject);
        AssertSubjectIsRfc2047Encoded(message);
        // Business Japanese: a plain opening, what to do, the expiry, and a signature saying who sends it, 送信専用, and where to write.
        Assert.StartsWith("JapanAiGov のメール通知へのお申し込みを受け付けました。", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("配信方法：毎日のまとめ", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("「確認する」ボタン", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("リンクの有効期限は7日間です。お心当たりのない場合は、このメールを破棄してください。", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("JapanAiGov 編集部", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("このメールアドレスは送信専用です。", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("お問い合わせ：http://localhost", message.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("どなたか", message.TextOf(), StringComparison.Ordinal);
        using var confirm = await client.GetAsync(message.ConfirmPath());
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
    }

    [Fact]
    public async Task ChangingTheLanguageOnTheManagePage_ChangesTheNextEmail()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        var (id, token) = await app.AddSubscriptionAsync("reader@example.org", language: "en");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();
        Assert.StartsWith("[JapanAiGov] PIPA amendment", Assert.Single(smtp.Messages).Subject, StringComparison.Ordinal);

        var client = app.CreateBrowserLikeClient();
        using var saved = await client.PostFormAsync($"/alerts/unsubscribe/{token}", new() { ["language"] = "ja" }, "form.language-form");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("ja", await LanguageAsync(app, id));

        app.Time.Advance(TimeSpan.FromHours(1));
        await app.ChangeStatusAsync(AlertTestExtensions.PenaltiesSlug, ItemStatus.PendingMetiAnnex, "経産省の技術的附属書の公表を待っている。", null);
        await app.DispatchAsync();

        var next = smtp.Messages[^1];
        Assert.Equal($"【JapanAiGov】{await TitleJaAsync(app, AlertTestExtensions.PenaltiesSlug)}: 報道段階 → 経産省附属書待ち", next.Subject);
        Assert.Contains("日時: 2026年11月24日 10:30 JST", next.TextOf(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ja-JP")]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task ManagePage_RefusesALanguageOtherThanJapaneseOrEnglish_WithAClearError(string language)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var (id, token) = await app.AddSubscriptionAsync("reader@example.org", language: "ja");
        var client = app.CreateBrowserLikeClient();

        using var refused = await client.PostFormAsync($"/alerts/unsubscribe/{token}?culture=en", new() { ["language"] = language }, "form.language-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Choose English or Japanese (日本語) for your emails; the language was not changed.", page.QuerySelector(".language-error")!.TextContent);
        Assert.Null(page.QuerySelector(".success"));
        Assert.Equal("ja", await LanguageAsync(app, id));
    }

    [Fact]
    public async Task ManagePage_LanguageFormWithoutItsAntiforgeryToken_IsRefused()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var (id, token) = await app.AddSubscriptionAsync("reader@example.org", language: "en");
        var client = app.CreateBrowserLikeClient();
        var form = await client.OpenFormAsync($"/alerts/unsubscribe/{token}", "form.language-form");
        Assert.Contains("__RequestVerificationToken", form.Values.Keys);

        // A cross-site page can post the form but cannot read the token.
        using var forged = await client.PostAsync(form.Action, new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "ja" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("en", await LanguageAsync(app, id));

        // The RFC 8058 one-click POST still needs no token.
        using var oneClick = await app.CreateClient().PostAsync($"/alerts/unsubscribe/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
    }

    [Fact]
    public async Task JapaneseEmail_WithoutAJapaneseTitle_ShowsTheEnglishTitleMarkedAsTheOriginal()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.WithDbAsync(db => db.Items.Where(i => i.Slug == AlertTestExtensions.PipaSlug).ExecuteUpdateAsync(s => s.SetProperty(i => i.TitleJa, string.Empty)));
        await app.AddSubscriptionAsync("ja@example.org", language: "ja");

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        await app.DispatchAsync();

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("【JapanAiGov】PIPA amendment: AI training on personal data without opt-in: 報道段階 → 確認済み", message.Subject);
        Assert.Contains("PIPA amendment: AI training on personal data without opt-in (原文 / original)", message.TextOf(), StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">PIPA amendment: AI training on personal data without opt-in</span> <small>原文 / original</small>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileStoredText_StillRendersInAJapaneseAlertAndDigest()
    {
        const string hostileTitle = "<script>alert('x')</script>\r\nBcc: victim@example.org\u0000 個人情報 & \"引用\"";
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        await app.WithDbAsync(db => db.Items.Where(i => i.Slug == AlertTestExtensions.PipaSlug).ExecuteUpdateAsync(s => s.SetProperty(i => i.TitleJa, hostileTitle)));
        await app.AddSubscriptionAsync("ja@example.org", language: "ja");
        await app.AddSubscriptionAsync("digest@example.org", cadence: AlertCadence.DailyDigest, language: "ja");

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed, "<img src=x onerror=alert(1)>\u0007 理由");
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 6, 0, TimeSpan.Zero));
        Assert.Equal(2, (await app.DispatchAsync()).Sent);

        foreach (var message in smtp.Messages)
        {
            Assert.Empty(message.Bcc);
            Assert.DoesNotContain(message.Subject!, char.IsControl);
            Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("個人情報 &amp; &quot;引用&quot;", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain('\u0000', message.TextOf());
            AssertSubjectIsRfc2047Encoded(message);
        }

        var digest = Assert.Single(smtp.To("digest@example.org"));
        Assert.Equal("【JapanAiGov】毎日のまとめ 2026年11月24日: 1件の変更", digest.Subject);
        Assert.Contains("<script>alert('x')</script>", digest.TextOf(), StringComparison.Ordinal);
    }

    /// <summary>The Subject header on the wire is 7-bit ASCII with RFC 2047 encoded-words, and decodes to the subject.</summary>
    private static void AssertSubjectIsRfc2047Encoded(MimeMessage message)
    {
        var header = message.Headers.First(h => h.Id == HeaderId.Subject);
        var raw = Encoding.Latin1.GetString(header.RawValue);
        Assert.All(raw, c => Assert.True(c < 128, $"Non-ASCII byte in the raw Subject header: {raw}"));
        Assert.Contains("=?utf-8?", raw, StringComparison.OrdinalIgnoreCase);
        var unfolded = raw.Replace("\r\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(message.Subject, MimeKit.Utils.Rfc2047.DecodeText(Encoding.ASCII.GetBytes(unfolded)).Trim());
    }

    private static Task<string> TitleJaAsync(JapanAiGovFactory app, string slug) =>
        app.WithDbAsync(db => db.Items.Where(i => i.Slug == slug).Select(i => i.TitleJa).SingleAsync());

    private static Task<string> LanguageAsync(JapanAiGovFactory app, long id) =>
        app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.Language).SingleAsync());
}
