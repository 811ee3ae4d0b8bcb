using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;

namespace JapanAiGov.Web.Hosting;

public static class WebExtensions
{
    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.TryAddSingletonTimeProvider();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Roles.EditorPolicy);
        });
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddProblemDetails();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            "database",
            tags: ["ready"],
            customTestQuery: async (db, cancellationToken) =>
            {
                // A query on a real table proves the schema is migrated, not merely that the file or server answers.
                await db.Items.CountAsync(cancellationToken);
                return true;
            })
            .AddCheck<DatabaseWriteCheck>("database-write", tags: ["ready"])
            .AddCheck<UnencryptedKeyCheck>("data-protection-keys", tags: ["ready"]);
        services.AddHostedService<UnencryptedKeyWarning>();
        services.AddDataProtection().SetApplicationName("JapanAiGov").PersistKeysToDbContext<AppDbContext>();
        services.AddHttpHardening();
        return services;
    }

    /// <summary>Resolves every options class validated on start, so commands fail on bad configuration just like the server.</summary>
    public static void ValidateOptions(this WebApplication app) =>
        app.Services.GetRequiredService<IStartupValidator>().Validate();

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.ValidateOptions();
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseHttpHardening();
        app.UseRequestLogging();
        app.UsePublicPageShortcut();
        app.UseAppLocalization();
        app.UseWhen(IsApi, api => api.UseExceptionHandler(HttpHardening.ExceptionHandler()).UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), html => html.UseExceptionHandler(HttpHardening.ExceptionHandler("/error")).UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseMethodsPagesServe();
        app.UseAuthentication();
        app.UsePasswordChangeRequirement();
        app.UseAuthorization();
        app.UseSignInThrottle();
        app.UseRateLimiter();
        app.UsePublicPageCache();
        return app;
    }

    public static WebApplication MapWebEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
