using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Alerts.Email;

public static class EmailChannelServiceCollectionExtensions
{
    /// <summary>The email channel: its options (Email:*, Smtp:*), transports, renderer and health check, then itself.</summary>
    public static IServiceCollection AddEmailChannel(this IServiceCollection services)
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

        services.AddSingleton<WireFormat>();
        services.AddHealthChecks().AddCheck<OneClickUnsubscribeCheck>("one-click-unsubscribe", tags: ["ready"]);
        services.AddHostedService<OneClickUnsubscribeWarning>();
        services.AddSingleton<PickupMailTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport == EmailTransport.Smtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupMailTransport>());
        services.AddSingleton<AlertEmailRenderer>();
        return services.AddAlertChannel<EmailChannel>();
    }
}
