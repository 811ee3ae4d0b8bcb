using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// POSTs a rendered body to a destination through the "Channels" client (<see cref="ChannelsServiceCollectionExtensions"/>:
/// no redirects, no cookies, connections checked by <see cref="NetworkGuard"/>), reads at most
/// <see cref="AnswerReadLimit"/> bytes of the answer, all within <see cref="ChannelsOptions.Timeout"/>, and never
/// throws for what the destination does: every outcome is a <see cref="ChannelAnswer"/>. No retries here: the outbox
/// retries.
/// </summary>
public sealed class ChannelHttp(IHttpClientFactory clients, IOptions<ChannelsOptions> options, TimeProvider time)
{
    public const string ClientName = "Channels";
    public const int AnswerReadLimit = 4096;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(24);

    public async Task<ChannelAnswer> PostAsync(Uri url, byte[] body, IEnumerable<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = Redact(await ReadStartAsync(response.Content, timeout.Token), url);
            var status = (int)response.StatusCode;
            return new ChannelAnswer(status, ChannelAnswer.Classify(status), excerpt, RetryAfterOf(response.Headers.RetryAfter));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ChannelAnswer(null, ChannelAnswer.Timeout, $"no answer within {options.Value.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception) when (FindRefusal(exception) is { } refusal)
        {
            return new ChannelAnswer(null, ChannelAnswer.Refused, refusal.Message);
        }
        catch (HttpRequestException exception)
        {
            return new ChannelAnswer(null, ChannelAnswer.Error, Redact(exception.HttpRequestError.ToString(), url));
        }
    }

    private static DestinationRefusedException? FindRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DestinationRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static async Task<string> ReadStartAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[AnswerReadLimit];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        return ChatText.Clip(Encoding.UTF8.GetString(buffer, 0, read).Trim(), ChannelDeliveryAttempt.AnswerMaxLength);
    }

    /// <summary>An answer that echoes the request's path or query would otherwise put the URL's secret in the log.</summary>
    private static string Redact(string text, Uri url)
    {
        foreach (var secret in new[] { url.PathAndQuery, url.AbsolutePath, url.Query })
        {
            if (secret.Length > 1)
            {
                text = text.Replace(secret, "/…", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is null ? null : delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }
}
