using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Telemetry;
using Polly.Timeout;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// What every e-Gov client shares (the law API and the public-comment feeds): the etiquette of their HttpClients
/// (one pacer for all of e-Gov, standard resilience tuned from <see cref="EGovOptions"/>), and how a failed call
/// becomes an <see cref="EGovException"/> of the product's own kinds.
/// </summary>
public static class EGovHttp
{
    public const string UserAgent = "JapanAiGov/1.0 (regulatory-change tracker of Japan AI governance; polls a few watched laws, at most 1 request/s)";

    /// <summary>Gzip, pooled connections, the standard resilience handler and, inside it, the shared pacer.</summary>
    public static IHttpClientBuilder AddEGovEtiquette(this IHttpClientBuilder builder)
    {
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<EGovOptions>>().Value;
                resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = options.TotalRequestTimeout;
                resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
                resilience.Retry.Delay = options.RetryDelay;
                resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;

                // The standard handler requires the breaker's sampling window to be at least twice the attempt timeout.
                var sampling = TimeSpan.FromTicks(options.AttemptTimeout.Ticks * 2);
                if (resilience.CircuitBreaker.SamplingDuration < sampling)
                {
                    resilience.CircuitBreaker.SamplingDuration = sampling;
                }
            });

        // Inside the resilience handler (added after it), so every retry also waits its turn.
        builder.AddHttpMessageHandler<EGovRateLimitHandler>();

        // A retried 500 or a timed-out attempt is expected: each pass logs a failed law or feed once, as a warning
        // without a stack trace, so Polly's own events about this client's calls (which carry the exception) go to Debug.
        var pipeline = builder.Name;
        builder.Services.Configure<TelemetryOptions>(telemetry =>
        {
            var severity = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args => args.Source.PipelineName?.StartsWith(pipeline, StringComparison.Ordinal) == true
                ? ResilienceEventSeverity.Debug
                : severity?.Invoke(args) ?? args.Event.Severity;
        });
        return builder;
    }

    /// <summary>
    /// GETs and buffers the body inside the resilience pipeline (so its timeouts cover a slow body), reading at most
    /// <paramref name="maxBytes"/> decompressed bytes; transport failures and oversized answers become <see cref="EGovException"/>s.
    /// </summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient http, string relativeUrl, long maxBytes, CancellationToken cancellationToken) =>
        GetAsync(http, new Uri(relativeUrl, UriKind.Relative), Path(relativeUrl), "e-Gov", maxBytes, cancellationToken);

    /// <summary>The same for any source with this etiquette; <paramref name="site"/> names it at the start of a sentence.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri url, string path, string site, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(HttpBodyLimit.Key, maxBytes);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (ResponseTooLargeException exception)
        {
            throw new EGovException(EGovFailureKind.TooLarge, $"{site} answered GET {path}, but {exception.Message}; nothing of it was used.", innerException: exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new EGovException(EGovFailureKind.Timeout, $"{site} did not answer GET {path} in time, even after retries.", innerException: exception);
        }
        catch (BrokenCircuitException exception)
        {
            throw new EGovException(EGovFailureKind.Unavailable, $"{site}: calls are paused after repeated failures (circuit open); GET {path} was not sent.", innerException: exception);
        }
        catch (HttpRequestException exception)
        {
            throw new EGovException(EGovFailureKind.Network, $"{site} could not be reached for GET {path}: {exception.Message}", innerException: exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EGovException(EGovFailureKind.Timeout, $"GET {path} timed out.", innerException: exception);
        }
    }

    /// <summary>The failure kind of an unsuccessful status: 400 is our bug, 408/429/5xx mean e-Gov is unavailable.</summary>
    public static EGovFailureKind FailureKindOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => EGovFailureKind.BadRequest,
        HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => EGovFailureKind.Unavailable,
        >= HttpStatusCode.InternalServerError => EGovFailureKind.Unavailable,
        _ => EGovFailureKind.UnexpectedStatus,
    };

    public static string Path(string relativeUrl) => relativeUrl.Split('?')[0];
}
