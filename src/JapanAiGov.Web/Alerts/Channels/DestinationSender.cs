using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Sends one message to one destination: renders it for the destination's kind (in the message's language), signs a
/// webhook, keeps Slack's pace, POSTs it (<see cref="ChannelHttp"/>), writes the attempt to the destination's delivery
/// log, and disables a destination that answered 410 Gone (telling the admins). Used by the channels' sessions for
/// outbox deliveries and by the admin page's "Send test". Scoped.
/// </summary>
public sealed class DestinationSender(
    AppDbContext db,
    DestinationSecrets secrets,
    ChannelHttp http,
    SlackPacer pacer,
    DeliveryWriteGate gate,
    ChannelAdminNotice notice,
    TimeProvider time,
    ILogger<DestinationSender> logger)
{
    public async Task<ChannelAnswer> SendAsync(ChannelDestination destination, AlertMessage message, CancellationToken cancellationToken)
    {
        var url = new Uri(secrets.Unprotect(destination.UrlProtected));
        var now = time.GetUtcNow();
        var body = await RenderAsync(destination.Kind, message, now, cancellationToken);
        var headers = new List<KeyValuePair<string, string>>();
        if (destination.Kind == AlertChannel.Webhook)
        {
            var id = WebhookSigning.MessageId(message.DeliveryKey);
            var timestamp = now.ToUnixTimeSeconds();
            var signingSecrets = destination.SigningSecrets(now).Select(secrets.Unprotect);
            headers.Add(new("webhook-id", id));
            headers.Add(new("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            headers.Add(new("webhook-signature", WebhookSigning.SignatureHeader(signingSecrets, id, timestamp, body)));
        }
        else if (destination.Kind == AlertChannel.Slack)
        {
            await pacer.WaitTurnAsync(destination.Id, cancellationToken);
        }

        var answer = await http.PostAsync(url, body, headers, cancellationToken);
        await LogAsync(destination, message.DeliveryKey, answer);
        logger.LogInformation(
            "{AlertChannel} destination {DestinationId} ({DestinationUrl}) answered {StatusCode} ({Outcome}) for {DeliveryKey}",
            destination.Kind, destination.Id, destination.UrlDisplay, answer.StatusCode, answer.Outcome, message.DeliveryKey);
        if (answer.Outcome == ChannelAnswer.Gone)
        {
            await DisableAsync(destination.Id, "The destination answered 410 Gone.", cancellationToken);
        }

        return answer;
    }

    private async Task<byte[]> RenderAsync(AlertChannel kind, AlertMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var language = CultureScope.Use(message.Language);
        return kind switch
        {
            AlertChannel.Webhook => WebhookPayload.Render(message, await TitlesAsync(message, cancellationToken), now),
            AlertChannel.Slack => SlackMessage.Render(ChannelFacts.For(message)),
            AlertChannel.Teams => TeamsCard.Render(ChannelFacts.For(message)),
            AlertChannel.Email => throw new InvalidOperationException("An email subscription has no destination."),
        };
    }

    private async Task<(string En, string Ja)> TitlesAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        if (message.Changes.Count != 1)
        {
            return (string.Empty, string.Empty);
        }

        var itemId = message.Changes[0].ItemId;
        var titles = await db.Items.Where(i => i.Id == itemId).Select(i => new { i.Title, i.TitleJa }).SingleOrDefaultAsync(cancellationToken);
        return titles is null ? (message.Changes[0].ItemTitle, string.Empty) : (titles.Title, titles.TitleJa);
    }

    private async Task LogAsync(ChannelDestination destination, string deliveryKey, ChannelAnswer answer)
    {
        var attempt = await db.ChannelDeliveryAttempts.CountAsync(a => a.DestinationId == destination.Id && a.DeliveryKey == deliveryKey) + 1;
        db.ChannelDeliveryAttempts.Add(new ChannelDeliveryAttempt
        {
            DestinationId = destination.Id,
            DeliveryKey = deliveryKey,
            At = time.GetUtcNow(),
            Attempt = attempt,
            StatusCode = answer.StatusCode,
            Outcome = answer.Outcome,
            Answer = answer.Excerpt is null ? null : ChatText.Clip(answer.Excerpt, ChannelDeliveryAttempt.AnswerMaxLength),
        });
        await gate.WriteAsync(db, () => db.SaveChangesAsync(CancellationToken.None));
        db.ChangeTracker.Clear();
    }

    private async Task DisableAsync(long destinationId, string reason, CancellationToken cancellationToken)
    {
        var destination = await db.ChannelDestinations.Include(d => d.Subscription).SingleAsync(d => d.Id == destinationId, cancellationToken);
        destination.Disable(reason, time.GetUtcNow());
        await gate.WriteAsync(db, () => db.SaveChangesAsync(CancellationToken.None));
        db.ChangeTracker.Clear();
        logger.LogWarning("{AlertChannel} destination {DestinationId} ({DestinationUrl}) disabled: {Reason}", destination.Kind, destination.Id, destination.UrlDisplay, reason);
        await notice.DestinationDisabledAsync(destination, reason, cancellationToken);
    }
}
