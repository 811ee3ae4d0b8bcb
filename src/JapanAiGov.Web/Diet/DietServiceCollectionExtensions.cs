using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Diet;

public static class DietServiceCollectionExtensions
{
    /// <summary>The Diet bill watch: client, pass, change reader and calendar dates; needs <see cref="SourcesServiceCollectionExtensions.AddSources"/>.</summary>
    public static IServiceCollection AddDiet(this IServiceCollection services)
    {
        services.AddOptions<DietOptions>().BindConfiguration(DietOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<DietClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<DietOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd(EGovHttp.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("text/html, */*;q=0.1");

                // The resilience handler owns timeouts (per attempt and in total).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddEGovEtiquette();
        services.AddScoped<DietWatcher>();
        services.AddSource<DietSource>("diet-bills", sp =>
        {
            var options = sp.GetRequiredService<IOptions<DietOptions>>().Value;
            return new SourceSchedule(options.Enabled, options.Interval);
        });
        services.AddChangeReader<DietBillChangeReader>();
        services.AddScoped<ICalendarSource, DietBillCalendar>();
        return services;
    }
}
