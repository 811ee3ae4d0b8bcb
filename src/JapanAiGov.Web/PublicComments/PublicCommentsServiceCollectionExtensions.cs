using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.PublicComments;

public static class PublicCommentsServiceCollectionExtensions
{
    /// <summary>The public-comment watcher; needs <see cref="SourcesServiceCollectionExtensions.AddSources"/> (the shared pacer, leases and e-Gov settings).</summary>
    public static IServiceCollection AddPublicComments(this IServiceCollection services)
    {
        services.AddOptions<PublicCommentsOptions>().BindConfiguration(PublicCommentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<PublicCommentClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<PublicCommentsOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd(EGovHttp.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");

                // The resilience handler owns timeouts (per attempt and in total).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddEGovEtiquette();
        services.AddScoped<PublicCommentWatcher>();
        services.AddSource<PublicCommentsSource>("public-comments", sp =>
        {
            var options = sp.GetRequiredService<IOptions<PublicCommentsOptions>>().Value;
            return new SourceSchedule(options.Enabled, options.Interval);
        });
        services.AddChangeReader<PublicCommentChangeReader>();
        services.AddScoped<ICalendarSource, PublicCommentCalendar>();
        return services;
    }
}
