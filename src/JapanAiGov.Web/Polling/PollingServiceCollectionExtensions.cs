using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

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

        services.AddScoped<PollerLeaseStore>();
        services.AddScoped<EGovPoller>();
        services.AddScoped<PollerStatus>();
        services.AddSingleton<PollRequests>();
        services.AddHostedService<EGovPollerService>();
        return services;
    }
}
