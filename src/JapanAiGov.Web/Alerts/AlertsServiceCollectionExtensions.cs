using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WakeUpSignal<AlertDispatcher>>();

        // Channels: each brings its own options and transport, and adds itself with AddAlertChannel<T>().
        services.AddEmailChannel();
        services.AddDestinationChannels();

        services.AddSingleton<AlertTokenProtector>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<AlertFanOut>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<AlertMessageComposer>();
        services.AddSingleton<DeliveryWriteGate>();
        services.AddSingleton<UnreleasedLeases>();
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<DeliverySender>();
        services.AddScoped<AlertDispatcher>();
        services.AddHostedService<AlertDispatcherService>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AlertsOptions>>((limiter, alerts) => AlertsRateLimiting.Configure(limiter, alerts.Value));
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TChannel"/> as the channel for its <see cref="IAlertChannel.Kind"/>: the dispatcher
    /// sends every delivery of that kind through it (<see cref="AlertChannels"/>). A singleton: sessions hold the state.
    /// </summary>
    public static IServiceCollection AddAlertChannel<TChannel>(this IServiceCollection services)
        where TChannel : class, IAlertChannel
    {
        services.TryAddSingleton<AlertChannels>();
        services.AddSingleton<IAlertChannel, TChannel>();
        return services;
    }
}
