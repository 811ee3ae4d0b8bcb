using System.Net;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>Issue 25, point 7: a subscriber changes scope, frequency, language and which changes, or unsubscribes, from the link in every alert.</summary>
public sealed class SubscriptionSettingsTests
{
    private const string Pipa = "pipa-amendment-ai-training";
    private const string Form = "form.settings-form";

    [Fact]
    public async Task Settings_Get_ShowsTheSubscriptionsChoicesInTheReadersLanguage()
    {
        await using var app = new JapanAiGovFactory();
        var (_, token) = await app.AddSubscriptionAsync("team@example.org", SubscriptionScope.Topic, topic: "privacy", cadence: AlertCadence.DailyDigest, language: "ja");

        var document = await app.CreateClient().GetDocumentAsync($"/alerts/settings/{token}?culture=ja");

        Assert.Equal("ja", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("配信設定", document.QuerySelector("h1")!.TextContent.Trim());
        var form = document.QuerySelector(Form)!;
        Assert.Equal("Topic", form.QuerySelector("input[name='Input.Scope']:checked")!.GetAttribute("value"));
        Assert.Equal("privacy", form.QuerySelector("select[name='Input.Topic'] option:checked")!.GetAttribute("value"));
        Assert.Equal("DailyDigest", form.QuerySelector("input[name='Input.Cadence']:checked")!.GetAttribute("value"));
        Assert.Equal("ja", form.QuerySelector("input[name='Input.Language']:checked")!.GetAttribute("value"));
        Assert.Equal("Both", form.QuerySelector("input[name='Input.Follows']:checked")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.NotNull(document.QuerySelector("form.unsubscribe-form"));
    }

    [Fact]
    public async Task Settings_Post_ChangesScopeCadenceLanguageAndFollows()
    {
        await using var app = new JapanAiGovFactory();
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");
        var client = app.CreateClient();

        using var response = await client.PostFormAsync($"/alerts/settings/{token}?culture=ja", new()
        {
            ["Input.Scope"] = "Item", ["Input.ItemSlug"] = Pipa, ["Input.Cadence"] = "DailyDigest", ["Input.Language"] = "ja", ["Input.Follows"] = "Status",
        }, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("?saved=true", response.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("設定を保存しました。次回のメールから反映されます。", page.QuerySelector(".success")!.TextContent.Trim());
        var saved = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));
        var pipaId = await app.WithDbAsync(db => db.Items.Where(i => i.Slug == Pipa).Select(i => i.Id).SingleAsync());
        Assert.Equal(SubscriptionScope.Item, saved.Scope);
        Assert.Equal(pipaId, saved.ItemId);
        Assert.Null(saved.Topic);
        Assert.Equal($"item:{pipaId}", saved.ScopeKey);
        Assert.Equal(AlertCadence.DailyDigest, saved.Cadence);
        Assert.Equal("ja", saved.Language);
        Assert.Equal(AlertFollows.Status, saved.Follows);
        Assert.NotNull(saved.ConfirmedAt);
        Assert.Null(saved.UnsubscribedAt);
    }

    [Fact]
    public async Task Settings_SameFormPostedTwice_ChangesNothingTheSecondTime()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");
        var client = app.CreateClient();
        var form = await client.OpenFormAsync($"/alerts/settings/{token}", Form);
        var fields = new Dictionary<string, string> { ["Input.Scope"] = "Topic", ["Input.Topic"] = "privacy", ["Input.Cadence"] = "DailyDigest" };

        using var first = await client.SubmitAsync(form, fields);
        var afterFirst = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));
        using var second = await client.SubmitAsync(form, fields);
        var afterSecond = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("topic:privacy", afterSecond.ScopeKey);
        Assert.Equal((afterFirst.ScopeKey, afterFirst.Cadence, afterFirst.Language, afterFirst.Follows), (afterSecond.ScopeKey, afterSecond.Cadence, afterSecond.Language, afterSecond.Follows));
        Assert.Single(app.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Subscription {SubscriptionId} settings changed", StringComparison.Ordinal));
        Assert.Single(app.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Subscription {SubscriptionId} settings unchanged", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.Subscriptions.CountAsync()));
    }

    [Theory]
    [InlineData("Input.Language", "fr")]
    [InlineData("Input.Cadence", "7")]
    [InlineData("Input.Follows", "Everything")]
    [InlineData("Input.Scope", "Galaxy")]
    [InlineData("Input.ItemSlug", "no-such-item")]
    [InlineData("Input.Topic", "astrology")]
    public async Task Settings_InvalidValue_IsRefusedWithAMessageAndChangesNothing(string field, string value)
    {
        await using var app = new JapanAiGovFactory();
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");
        var before = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));
        var fields = new Dictionary<string, string> { ["Input.Cadence"] = "DailyDigest", [field] = value };
        if (field == "Input.ItemSlug")
        {
            fields["Input.Scope"] = "Item";
        }
        else if (field == "Input.Topic")
        {
            fields["Input.Scope"] = "Topic";
        }

        using var response = await app.CreateClient().PostFormAsync($"/alerts/settings/{token}?culture=ja", fields, Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(page.QuerySelectorAll(".field-validation-error, .validation-summary-errors li"), e => e.TextContent.Trim().Length > 0);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var after = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((before.ScopeKey, before.Cadence, before.Language, before.Follows), (after.ScopeKey, after.Cadence, after.Language, after.Follows));
    }

    [Fact]
    public async Task Settings_ScopeTheAddressAlreadyFollows_IsRefusedAndChangesNothing()
    {
        await using var app = new JapanAiGovFactory();
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");
        await app.AddSubscriptionAsync("team@example.org", SubscriptionScope.Topic, topic: "privacy");

        using var response = await app.CreateClient().PostFormAsync($"/alerts/settings/{token}?culture=en", new() { ["Input.Scope"] = "Topic", ["Input.Topic"] = "privacy" }, Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already has alerts for that", (await response.ReadDocumentAsync()).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("all", await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.ScopeKey).SingleAsync()));
    }

    [Fact]
    public async Task Settings_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");

        using var response = await app.CreateClient().PostAsync($"/alerts/settings/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Scope"] = "AllItems", ["Input.Cadence"] = "DailyDigest", ["Input.Language"] = "ja", ["Input.Follows"] = "Both",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AlertCadence.Immediate, await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.Cadence).SingleAsync()));
    }

    [Fact]
    public async Task Settings_Unsubscribe_EndsTheSubscriptionAndSaysSo()
    {
        await using var app = new JapanAiGovFactory();
        var (id, token) = await app.AddSubscriptionAsync("team@example.org");
        var client = app.CreateClient();

        using var response = await client.PostFormAsync($"/alerts/settings/{token}?culture=ja", [], "form.unsubscribe-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == id).Select(s => s.UnsubscribedAt).SingleAsync()));
        var again = await client.GetDocumentAsync($"/alerts/settings/{token}?culture=ja");
        Assert.Null(again.QuerySelector(Form));
        Assert.Equal("/alerts/subscribe", again.QuerySelector("main a[href='/alerts/subscribe']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Settings_UnknownToken_IsNotFound(string token)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync($"/alerts/settings/{token}?culture=ja", HttpStatusCode.NotFound);

        Assert.Null(document.QuerySelector(Form));
    }

    [Fact]
    public async Task Settings_UnsubscribePage_LinksToTheSettings()
    {
        await using var app = new JapanAiGovFactory();
        var (_, token) = await app.AddSubscriptionAsync("team@example.org");

        var document = await app.CreateClient().GetDocumentAsync($"/alerts/unsubscribe/{token}?culture=ja");

        Assert.NotNull(document.QuerySelector($"a[href='/alerts/settings/{token}']"));
    }

    [Fact]
    public async Task Alert_Email_LinksToTheSettingsPageAndTheUnsubscribePage()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = smtp.CreateAppWithoutDispatcher();
        var (_, token) = await app.AddSubscriptionAsync("team@example.org", language: "ja");
        await app.ChangeStatusAsync(Pipa, JapanAiGov.Web.Items.ItemStatus.Confirmed);

        await app.DispatchAsync();

        var message = Assert.Single(smtp.Messages);
        var text = message.TextOf();
        Assert.Contains($"配信設定の変更（対象・頻度・言語）：http://localhost/alerts/settings/{token}", text, StringComparison.Ordinal);
        Assert.Contains($"配信停止：http://localhost/alerts/unsubscribe/{token}", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost/alerts/settings/{token}\"", message.HtmlBody, StringComparison.Ordinal);
    }
}
