using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts;

public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations()
            .Validate<IHostEnvironment>(
                (email, environment) => !email.Dkim.IsEnabled || WireFormat.CanSignWith(email.Dkim, environment.ContentRootPath),
                "Email:Dkim:PrivateKeyFile must name a readable PEM file holding an RSA private key.")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations()
            .Validate<IOptions<EmailOptions>>(
                (smtp, email) => email.Value.Transport != EmailTransport.Smtp || !string.IsNullOrWhiteSpace(smtp.Host),
                "Smtp:Host is required when Email:Transport is Smtp.")
            .ValidateOnStart();
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WakeUpSignal<AlertDispatcher>>();

        services.AddSingleton<WireFormat>();
        services.AddHealthChecks().AddCheck<OneClickUnsubscribeCheck>("one-click-unsubscribe", tags: ["ready"]);
        services.AddHostedService<OneClickUnsubscribeWarning>();
        services.AddSingleton<PickupMailTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport == EmailTransport.Smtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupMailTransport>());
        services.AddSingleton<AlertEmailRenderer>();
        services.AddSingleton<AlertTokenProtector>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<AlertFanOut>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<AlertMessageComposer>();
        services.AddSingleton<DeliveryWriteGate>();
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<DeliverySender>();
        services.AddScoped<AlertDispatcher>();
        services.AddHostedService<AlertDispatcherService>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AlertsOptions>>((limiter, alerts) => AlertsRateLimiting.Configure(limiter, alerts.Value));
        return services;
    }
}
