using System.Net;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// What a destination answered to one POST: the status code (null when no answer came) and the start of the body, or
/// the kind of error; and what that means for the delivery. 2xx is sent; 410 Gone means the destination is gone (it is
/// disabled); 408, 429 and 5xx are worth retrying (no sooner than <see cref="RetryAfter"/>), as are network errors and
/// timeouts; every other answer (3xx included: redirects are never followed) is permanent.
/// </summary>
public sealed record ChannelAnswer(int? StatusCode, string Outcome, string? Excerpt, TimeSpan? RetryAfter = null)
{
    public const string Sent = "sent";
    public const string Retry = "retry";
    public const string Failed = "failed";
    public const string Gone = "gone";
    public const string Refused = "refused";
    public const string Timeout = "timeout";
    public const string Error = "error";

    public bool IsSuccess => Outcome == Sent;

    public bool IsPermanent => Outcome is Failed or Gone or Refused;

    public static string Classify(int statusCode) => statusCode switch
    {
        >= 200 and < 300 => Sent,
        (int)HttpStatusCode.Gone => Gone,
        (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500 => Retry,
        _ => Failed,
    };

    /// <summary>One line for the delivery's last error and the logs: never the URL.</summary>
    public string Describe() => StatusCode is { } code
        ? $"HTTP {code}{(string.IsNullOrEmpty(Excerpt) ? string.Empty : $": {Excerpt}")}"
        : $"{Outcome}: {Excerpt}";
}
