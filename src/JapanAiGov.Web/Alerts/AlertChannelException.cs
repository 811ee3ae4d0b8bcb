namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The one failure a channel reports, whatever its wire format. <see cref="IsPermanent"/>: sending this message again
/// can never succeed (the destination refused this recipient or message for good, or the message cannot be rendered),
/// so the delivery is dead at once; otherwise it is retried with backoff, and no sooner than <see cref="RetryAfter"/>
/// when the destination asked for a pause (HTTP <c>Retry-After</c>). The message is safe for logs and the admin page:
/// channels mask addresses and URLs and never put tokens in it.
/// </summary>
public sealed class AlertChannelException(string message, bool isPermanent, Exception? innerException = null, TimeSpan? retryAfter = null) : Exception(message, innerException)
{
    public bool IsPermanent { get; } = isPermanent;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
