using JapanAiGov.Web.Infrastructure;
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
                http.DefaultRequestHeaders.UserAgent.ParseAdd(EGovHttp.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");

                // The resilience handler owns timeouts (per attempt and in total).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddEGovEtiquette();

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
