using JapanAiGov.Web.Infrastructure;
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
                http.DefaultRequestHeaders.UserAgent.ParseAdd(EGovHttp.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");

                // The resilience handler owns timeouts (per attempt and in total).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddEGovEtiquette();

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
