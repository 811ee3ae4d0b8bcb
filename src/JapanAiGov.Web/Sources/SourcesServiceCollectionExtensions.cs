using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>What every official source shares: the e-Gov settings and pacer, the named leases, "Poll now".</summary>
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<EGovOptions>().BindConfiguration(EGovOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EGovRequestPacer>();
        services.AddTransient<EGovRateLimitHandler>();
        services.AddSingleton<PollerLeaseStore>();
        services.AddSingleton<PollNow>();
        return services;
    }

    /// <summary>
    /// Registers a source with one call: its pass (scoped), its loop on <paramref name="schedule"/>, and its place in
    /// <c>poll</c>, "Poll now" and the admin poller page, in registration order.
    /// </summary>
    public static IServiceCollection AddSource<TPass>(this IServiceCollection services, string name, Func<IServiceProvider, SourceSchedule> schedule)
        where TPass : class, ISourcePass
    {
        services.AddScoped<TPass>();
        services.AddSingleton(new SourceRegistration(name, typeof(TPass), schedule));
        services.AddSingleton<WakeUpSignal<TPass>>();
        services.AddHostedService<SourceLoopService<TPass>>();
        return services;
    }
}
