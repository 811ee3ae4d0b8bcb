using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

public sealed class SubscriptionPagesTests
{
    private static JapanAiGovFactory CreateApp(LoopbackSmtpServer smtp, Dictionary<string, string?>? extra = null) => smtp.CreateAppWithoutDispatcher(extra);

    private static Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string email, string scope = "AllItems", string cadence = "Immediate", string? itemSlug = null, string? topic = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Scope"] = scope, ["Input.Cadence"] = cadence };
        if (itemSlug is not null)
        {
            fields["Input.ItemSlug"] = itemSlug;
        }

        if (topic is not null)
        {
            fields["Input.Topic"] = topic;
        }

        return client.PostFormAsync("/alerts/subscribe", fields);
    }

    [Fact]
    public async Task Subscribe_ThenConfirmWithTheButton_ActivatesTheSubscription_AndGetNeverConfirms()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var client = app.CreateBrowserLikeClient();

        using var response = await SubscribeAsync(client, "  Reader@Example.ORG ", "Topic", "DailyDigest", topic: "privacy");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var done = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Check your inbox", done.QuerySelector(".alert-sent h2")!.TextContent);

        var subscription = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync());
        Assert.Equal("reader@example.org", subscription.Email);
        Assert.Equal(SubscriptionScope.Topic, subscription.Scope);
        Assert.Equal("privacy", subscription.Topic);
        Assert.Equal(AlertCadence.DailyDigest, subscription.Cadence);
        Assert.Null(subscription.ConfirmedAt);
        Assert.Equal(64, subscription.ConfirmTokenHash!.Length);
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromDays(7), subscription.ConfirmTokenExpiresAt);

        await app.DispatchAsync();
        var confirmation = Assert.Single(smtp.Messages);
        Assert.Equal("reader@example.org", confirmation.To.Mailboxes.Single().Address);
        Assert.Equal("[JapanAiGov] Confirm your alert subscription", confirmation.Subject);
        Assert.Null(confirmation.Headers["List-Unsubscribe"]);
        var confirmPath = confirmation.ConfirmPath();
        Assert.DoesNotContain(confirmPath["/alerts/confirm/".Length..], subscription.ConfirmTokenHash, StringComparison.Ordinal);

        // What a mail scanner does: fetch the link, maybe twice. Nothing is confirmed.
        var scanner = app.CreateClient();
        var page = await scanner.GetDocumentAsync(confirmPath);
        await scanner.GetDocumentAsync(confirmPath);
        Assert.Equal("Confirm your alerts", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("the topic “privacy”", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Subscriptions.Select(s => s.ConfirmedAt).SingleAsync()));

        using var confirmed = await client.PostFormAsync(confirmPath, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("You're subscribed", (await confirmed.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(app.Time.GetUtcNow(), await app.WithDbAsync(db => db.Subscriptions.Select(s => s.ConfirmedAt).SingleAsync()));

        var again = await client.GetDocumentAsync(confirmPath);
        Assert.Equal("You're subscribed", again.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ConfirmPost_WithoutAntiforgeryToken_IsRefused()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await SubscribeAsync(app.CreateBrowserLikeClient(), "reader@example.org");
        await app.DispatchAsync();

        using var forged = await app.CreateClient().PostAsync(Assert.Single(smtp.Messages).ConfirmPath(), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Subscriptions.Select(s => s.ConfirmedAt).SingleAsync()));
    }

    [Fact]
    public async Task Subscribe_AgainToTheSameScope_NeitherErrorsNorDuplicates_AndReadsTheSameAsForANewAddress()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("known@example.org");
        var client = app.CreateBrowserLikeClient();

        async Task<string> PageAfterAsync(string email)
        {
            using var response = await SubscribeAsync(client, email);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return (await client.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector("main")!.InnerHtml;
        }

        var forKnown = await PageAfterAsync("known@example.org");
        var forNew = await PageAfterAsync("new@example.org");
        var forNewAgain = await PageAfterAsync("NEW@example.org");

        Assert.Equal(forNew, forKnown);
        Assert.Equal(forNew, forNewAgain);
        Assert.Equal(["known@example.org", "new@example.org"], await app.WithDbAsync(db => db.Subscriptions.OrderBy(s => s.Email).Select(s => s.Email).ToListAsync()));

        // The known address's request wrote the rows a new one gets (so it takes as long) and rolled them back.
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync()));

        await app.DispatchAsync();
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("new@example.org", message.To.Mailboxes.Single().Address);

        // After the resend interval a repeated request sends a fresh link, and the old one stops working.
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await PageAfterAsync("new@example.org");
        await app.DispatchAsync();
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(message.ConfirmPath())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(smtp.Messages[1].ConfirmPath())).StatusCode);
    }

    [Theory]
    [InlineData("reader@example.org\r\nBcc: victim@example.org")]
    [InlineData("reader@example.org\nBcc:victim@example.org")]
    [InlineData("Reader <reader@example.org>")]
    [InlineData("not-an-address")]
    [InlineData("reader@localhost")]
    public async Task Subscribe_WithAnInvalidOrHeaderInjectingAddress_IsRefusedWithAFieldError(string email)
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);

        using var response = await SubscribeAsync(app.CreateBrowserLikeClient(), email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await response.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent;
        Assert.Equal("Enter an email address like name@example.org.", error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    [Fact]
    public async Task Subscribe_ToAnItemThatDoesNotExist_IsRefused()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);

        using var response = await SubscribeAsync(app.CreateBrowserLikeClient(), "reader@example.org", "Item", itemSlug: "no-such-item");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose the item to follow.", (await response.ReadDocumentAsync()).QuerySelector("[data-valmsg-for='Input.ItemSlug']")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync()));
    }

    [Fact]
    public async Task ConfirmLink_AfterSevenDays_HasExpiredAndDoesNotConfirm()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var client = app.CreateBrowserLikeClient();
        await SubscribeAsync(client, "reader@example.org");
        await app.DispatchAsync();
        var confirmPath = Assert.Single(smtp.Messages).ConfirmPath();
        var page = await client.GetDocumentAsync(confirmPath);
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var late = await client.PostAsync(confirmPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("This link has expired", (await late.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.Subscriptions.Select(s => s.ConfirmedAt).SingleAsync()));
        await client.GetDocumentAsync(confirmPath, HttpStatusCode.Gone);
    }

    [Fact]
    public async Task ConfirmLink_WithAnUnknownToken_IsAFriendly404()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);

        var page = await app.CreateClient().GetDocumentAsync($"/alerts/confirm/{AlertTokens.Create()}", HttpStatusCode.NotFound);

        Assert.Equal("This link is not valid", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ConfirmationEmail_WhileSmtpIsDown_IsSentOnceItIsBack()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = CreateApp(smtp);
        await SubscribeAsync(app.CreateBrowserLikeClient(), "reader@example.org");

        await app.DispatchAsync();
        Assert.Equal(DeliveryStatus.Pending, Assert.Single(await app.DeliveriesAsync()).Status);

        await smtp.StartAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.DispatchAsync();

        Assert.Equal("[JapanAiGov] Confirm your alert subscription", Assert.Single(smtp.Messages).Subject);
        var delivery = Assert.Single(await app.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Null(delivery.ProtectedToken);
    }

    [Fact]
    public async Task Subscribe_TooManyPostsFromOneClient_GetsAFriendly429Page()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp, new() { ["Alerts:RateLimitPermits"] = "2" });
        var client = app.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.Redirect, (await SubscribeAsync(client, "one@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubscribeAsync(client, "two@example.org")).StatusCode);
        using var third = await SubscribeAsync(client, "three@example.org");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null, "Retry-After is sent");
        Assert.Equal("Too many requests", (await third.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(2, await app.WithDbAsync(db => db.Subscriptions.CountAsync()));
        await client.GetDocumentAsync("/alerts/subscribe");
    }

    [Fact]
    public async Task ItemPage_SubscribeBox_SubscribesToThatItem()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var client = app.CreateBrowserLikeClient();

        var item = await client.GetDocumentAsync($"/items/{AlertTestExtensions.PipaSlug}");
        var box = (AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector("form.subscribe-form")!;
        Assert.Equal("get", box.Method, ignoreCase: true);
        Assert.Null(box.QuerySelector("input[name=__RequestVerificationToken]"));

        // The box opens the subscribe page filled in; the reader confirms there, with the page's antiforgery token.
        var page = await client.GetDocumentAsync($"/alerts/subscribe?item={AlertTestExtensions.PipaSlug}&email=reader%40example.org&cadence=Immediate");
        Assert.Equal("reader@example.org", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Email']")!.Value);
        using var response = await client.PostFormAsync($"/alerts/subscribe?item={AlertTestExtensions.PipaSlug}&email=reader%40example.org", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.WithDbAsync(db => db.Subscriptions.Where(s => s.Scope != SubscriptionScope.Item).ToListAsync()));
        var subscription = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync());
        Assert.Equal(SubscriptionScope.Item, subscription.Scope);
        Assert.Equal(await app.WithDbAsync(db => db.Items.Where(i => i.Slug == AlertTestExtensions.PipaSlug).Select(i => i.Id).SingleAsync()), subscription.ItemId);
        Assert.Equal(AlertCadence.Immediate, subscription.Cadence);
    }

    [Fact]
    public async Task SubscribePage_WithItemInQuery_PreselectsThatItem()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);

        var page = await app.CreateClient().GetDocumentAsync($"/alerts/subscribe?item={AlertTestExtensions.PipaSlug}");

        Assert.Equal("Item", page.QuerySelector("input[name='Input.Scope'][checked]")!.GetAttribute("value"));
        Assert.Equal(AlertTestExtensions.PipaSlug, page.QuerySelector("select[name='Input.ItemSlug'] option[selected]")!.GetAttribute("value"));
    }

    /// <summary>Issue 26, point 6: a token that can never be decrypted was retried every 30 s for ever, out of sight.</summary>
    [Fact]
    public async Task AdminAlertsPage_ShowsDeliveriesWaitingForAKeyThisInstanceCannotRead_AndTheyBackOff()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var (id, _) = await app.AddSubscriptionAsync("keyless@example.org");
        await app.WithDbAsync(async db =>
        {
            // Protected with a key that is not in this key ring (or with no key at all).
            var subscription = await db.Subscriptions.SingleAsync(s => s.Id == id);
            subscription.UnsubscribeTokenProtected = "CfDJ8" + new string('A', 120);
            await db.SaveChangesAsync();
        });
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, Items.ItemStatus.Confirmed);

        await app.DispatchAsync();
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await app.DispatchAsync();

        var delivery = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.SubscriptionId == id));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
        Assert.StartsWith(Delivery.KeyProblem, delivery.LastError, StringComparison.Ordinal);

        // Ten minutes after it was queued, the next try is about ten minutes away (5 to 10 with jitter), not 30 s.
        Assert.InRange(delivery.NextAttemptAt - app.Time.GetUtcNow(), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        Assert.Empty(smtp.Messages);

        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var page = await admin.GetDocumentAsync("/admin/alerts");
        Assert.StartsWith("1 pending deliveries", page.QuerySelector(".waiting-for-key p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminAlertsPage_ShowsDeadDeliveries_AndRetryRequeuesThem()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        smtp.Rejected["bounce@example.org"] = true;
        await using var app = CreateApp(smtp);
        await app.AddSubscriptionAsync("bounce@example.org");
        await app.AddSubscriptionAsync("fine@example.org");
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, Items.ItemStatus.Confirmed);
        await app.DispatchAsync();
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var page = await admin.GetDocumentAsync("/admin/alerts");
        Assert.Equal("1", page.QuerySelector("#count-sent .count-number")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#count-dead .count-number")!.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("tr.dead-delivery"));
        Assert.StartsWith("550", row.QuerySelector(".last-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("b***@example.org", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("bounce@example.org", page.Body!.TextContent, StringComparison.Ordinal);

        smtp.Rejected.Clear();
        using var retried = await admin.PostFormAsync("/admin/alerts", [], "form.retry-one");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var after = await admin.GetDocumentAsync("/admin/alerts");
        Assert.Contains("will be retried now", after.QuerySelector(".success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", after.QuerySelector("#count-pending .count-number")!.TextContent);

        await app.DispatchAsync();
        Assert.Single(smtp.To("bounce@example.org"));
        Assert.All(await app.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task AdminAlertsPage_IsForAdminsOnly()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = CreateApp(smtp);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await editor.GetAsync("/admin/alerts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var anonymous = await app.CreateBrowserLikeClient().GetAsync("/admin/alerts");
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
