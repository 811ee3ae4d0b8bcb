using System.Net;
using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace JapanAiGov.Web.Polling;

public static class PollingServiceCollectionExtensions
{
    public static IServiceCollection AddPolling(this IServiceCollection services)
    {
        services.AddOptions<EGovOptions>().BindConfiguration(EGovOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EGovRequestPacer>();
        services.AddTransient<EGovRateLimitHandler>();
        services.AddHttpClient<EGovClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<EGovOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd("JapanAiGov/1.0 (regulatory-change tracker of Japan AI governance; polls a few watched laws, at most 1 request/s)");
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");

                // The resilience handler owns timeouts (per attempt and in total).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler()
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
        services.AddHttpClient<EGovClient>().AddHttpMessageHandler<EGovRateLimitHandler>();

        // A retried 500 or a timed-out attempt is expected: the pass logs each failed law once, as a warning without a
        // stack trace, so Polly's own events about e-Gov calls (which carry the exception) go to Debug.
        services.Configure<TelemetryOptions>(telemetry =>
        {
            var severity = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args => args.Source.PipelineName?.StartsWith(nameof(EGovClient), StringComparison.Ordinal) == true
                ? ResilienceEventSeverity.Debug
                : severity?.Invoke(args) ?? args.Event.Severity;
        });

        services.AddSingleton<PollerLeaseStore>();
        services.AddScoped<LawTextStore>();
        services.AddScoped<WatchedLawChecker>();
        services.AddScoped<EGovPoller>();
        services.AddScoped<PollerStatus>();
        services.AddSingleton<WakeUpSignal<EGovPoller>>();
        services.AddHostedService<EGovPollerService>();
        return services;
    }
}
