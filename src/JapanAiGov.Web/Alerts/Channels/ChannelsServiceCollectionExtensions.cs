using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Webhook, Slack and Teams destinations: options (Channels:*), the guarded "Channels" HTTP client (no redirects, no
    /// cookies, <see cref="NetworkGuard"/> on every connection, no retries: the outbox retries), and the three channels.
    /// </summary>
    public static IServiceCollection AddDestinationChannels(this IServiceCollection services)
    {
        services.AddOptions<ChannelsOptions>().BindConfiguration(ChannelsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(ChannelHttp.ClientName, client =>
            {
                // ChannelHttp times each POST, answer included; this is only a backstop.
                client.Timeout = TimeSpan.FromMinutes(2);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("JapanAiGov-Alerts/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowPrivate = sp.GetRequiredService<IOptions<ChannelsOptions>>().Value.AllowPrivateNetworks;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    UseProxy = false,
                    ConnectTimeout = TimeSpan.FromSeconds(15),
                    ConnectCallback = (context, cancellationToken) => NetworkGuard.ConnectAsync(context, allowPrivate, cancellationToken),
                };
            });
        services.AddSingleton<DestinationSecrets>();
        services.AddSingleton<SlackPacer>();
        services.AddSingleton<ChannelHttp>();
        services.AddScoped<ChannelAdminNotice>();
        services.AddScoped<DestinationSender>();
        services.AddScoped<DestinationService>();
        services.AddAlertChannel<WebhookChannel>();
        services.AddAlertChannel<SlackChannel>();
        return services.AddAlertChannel<TeamsChannel>();
    }
}
