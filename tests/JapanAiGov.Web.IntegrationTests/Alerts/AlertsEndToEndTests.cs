using System.Net;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Browser;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>The app served by Kestrel with its own background dispatcher, sending to a real SMTP server on loopback.</summary>
public sealed class AlertsEndToEndTests
{
    [Fact]
    public async Task SubscribeConfirmChangeStatus_AlertArrives_SmtpOutageOnlyDelaysIt_AndOneClickUnsubscribeWorks()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = new JapanAiGovFactory(smtp.Settings());
        app.StartKestrel();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var person = new HttpClient(handler) { BaseAddress = app.ServerAddress };

        using var subscribed = await person.PostFormAsync($"/alerts/subscribe?item={AlertTestExtensions.PipaSlug}&email=team%40example.org", []);
        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        var confirmation = (await smtp.WaitForMessagesAsync(1))[0];

        using var confirmed = await person.PostFormAsync(confirmation.ConfirmPath(), []);
        Assert.Equal("You're subscribed", (await confirmed.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);

        await app.CreateAccountAsync("editor@example.org", JapanAiGov.Web.Accounts.Roles.Editor);
        using var editorHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var editor = new HttpClient(editorHandler) { BaseAddress = app.ServerAddress };
        using var signedIn = await editor.PostFormAsync("/account/login", new() { ["Input.Email"] = "editor@example.org", ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var changed = await editor.PostFormAsync($"/admin/items/{AlertTestExtensions.PipaSlug}/status", new()
        {
            ["Input.NewStatus"] = "Confirmed",
            ["Input.Reason"] = "The amendment's text is published on e-Gov.",
            ["Input.EvidenceUrl"] = AlertTestExtensions.OfficialEvidence,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var alert = (await smtp.WaitForMessagesAsync(2))[1];
        Assert.Contains("Reason: The amendment's text is published on e-Gov.", alert.TextOf(), StringComparison.Ordinal);
        Assert.Equal("[JapanAiGov] PIPA amendment: AI training on personal data without opt-in: Reported → Confirmed", alert.Subject);

        await smtp.StopAsync();
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.PendingMetiAnnex, "Definitions deferred to METI technical annexes.", null);
        await WaitUntilAsync(async () => await app.WithDbAsync(db => db.Deliveries.AnyAsync(d => d.Attempts == 1 && d.Status == DeliveryStatus.Pending)));
        await smtp.StartAsync();
        var delivered = false;
        for (var sweep = 0; sweep < 20 && !delivered; sweep++)
        {
            // The retry is due within 30 s and the sweep runs every 30 s of (fake) time.
            app.Time.Advance(TimeSpan.FromSeconds(31));
            delivered = await smtp.TryWaitForMessagesAsync(3, TimeSpan.FromMilliseconds(500));
        }

        Assert.True(delivered, "the alert held back by the SMTP outage arrives once the server is back");
        Assert.Equal(3, smtp.Messages.Count);
        Assert.EndsWith("Confirmed → Pending METI annex", smtp.Messages[2].Subject, StringComparison.Ordinal);

        using var mailClient = new HttpClient { BaseAddress = app.ServerAddress };
        using var unsubscribed = await mailClient.PostAsync(smtp.Messages[2].UnsubscribePath(), new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Subscriptions.AllAsync(s => s.UnsubscribedAt != null)));
    }

    [Fact]
    public async Task ProcessStoppedInTheMiddleOfABatch_RestartSendsTheRest_NoneLostNoneTwice()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var data = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var settings = smtp.Settings();
        settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(data, "shared.db")}";
        var recipients = Enumerable.Range(1, 6).Select(i => $"reader{i}@example.org").ToList();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        smtp.BeforeAccept = async (_, _) =>
        {
            if (Interlocked.Increment(ref seen) != 3)
            {
                return true;
            }

            held.SetResult();
            return await release.Task;
        };
        try
        {
            var first = new JapanAiGovFactory(settings);
            await using (first)
            {
                foreach (var recipient in recipients)
                {
                    await first.AddSubscriptionAsync(recipient);
                }

                await first.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
                await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            // The process is gone while the third message was in flight: the server never accepted it.
            release.SetResult(false);
            Assert.Equal(2, smtp.Messages.Count);
            smtp.BeforeAccept = null;

            await using var restarted = new JapanAiGovFactory(settings);
            _ = restarted.Services;
            await smtp.WaitForMessagesAsync(recipients.Count);

            Assert.Equal(recipients, smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
            await WaitUntilAsync(async () => await restarted.WithDbAsync(db => db.Deliveries.AllAsync(d => d.Status == DeliveryStatus.Sent)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [BrowserFact]
    public async Task Browser_SubscribeFromItemPage_ConfirmWithButton_UnsubscribeWithButton()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var app = new JapanAiGovFactory(smtp.Settings());
        app.StartKestrel();
        await using var browser = await BrowserSession.StartAsync(app.ServerAddress);
        var page = browser.Page;

        await page.GotoAsync($"/items/{AlertTestExtensions.PipaSlug}");
        await page.Locator("#subscribe-email").FillAsync("browser@example.org");
        await page.Locator(".subscribe-form").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await page.WaitForURLAsync("**/alerts/subscribe?item=*", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("browser@example.org", await page.Locator("input[name='Input.Email']").InputValueAsync());
        await page.Locator("form.alerts-form").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await page.WaitForURLAsync("**/alerts/subscribe?sent=True", BrowserSession.UntilTheDocumentIsParsed);
        Assert.Equal("Check your inbox", await page.Locator(".alert-sent h2").InnerTextAsync());

        var confirmation = (await smtp.WaitForMessagesAsync(1))[0];
        await page.GotoAsync(confirmation.ConfirmPath());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        Assert.Equal("You're subscribed", await page.Locator("h1").InnerTextAsync());

        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
        var alert = (await smtp.WaitForMessagesAsync(2))[1];
        await page.GotoAsync(alert.UnsubscribePath());
        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        Assert.Equal("You're unsubscribed", await page.Locator("h1").InnerTextAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 30 s");
            await Task.Yield();
        }
    }
}
