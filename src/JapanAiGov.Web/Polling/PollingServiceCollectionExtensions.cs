using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

public static class PollingServiceCollectionExtensions
{
    /// <summary>The e-Gov law watcher: client, pass, its change reader; needs <see cref="SourcesServiceCollectionExtensions.AddSources"/>.</summary>
    public static IServiceCollection AddPolling(this IServiceCollection services)
    {
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

        services.AddScoped<LawTextStore>();
        services.AddScoped<WatchedLawChecker>();
        services.AddScoped<EGovPoller>();
        services.AddScoped<PollerStatus>();
        services.AddSource<EGovLawsSource>("egov-laws", sp =>
        {
            var options = sp.GetRequiredService<IOptions<EGovOptions>>().Value;
            return new SourceSchedule(options.Enabled, options.Interval);
        });
        services.AddChangeReader<LegislativeUpdateChangeReader>();
        return services;
    }
}
