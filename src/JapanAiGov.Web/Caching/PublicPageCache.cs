using System.Globalization;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Data.Postgres;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Output caching of the public pages (the dashboard and item pages, marked with
/// <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>), for anonymous readers only: a signed-in editor, a
/// request with credentials and any answer that sets a cookie (e.g. <c>?culture=</c>) always run the page. A page is
/// keyed on its path, every query value, the reader's language and the <see cref="PublicContentVersion"/>, and is
/// dropped by every write that changes what it shows (<see cref="ContentChangeRecorder"/>), on other instances within
/// <see cref="PublicPageCacheOptions.SyncInterval"/> (<see cref="ContentChangeSync"/>). See docs/architecture.md, "Caching".
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "PublicPage";

    /// <summary>The tag of every cached public page; evicted as a whole on each write (writes are rare, reads are many).</summary>
    public const string Tag = "public-pages";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOptions<PublicPageCacheOptions>().BindConfiguration(PublicPageCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicContentVersion>();
        services.AddSingleton(typeof(GenerationMemo<>));
        services.AddSingleton(typeof(GenerationKeyedMemo<,>));
        services.AddSingleton<ContentChangeRecorder>();
        services.AddSingleton<ContentGenerationPolicy>();
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<PublicPageShortcut>();
        services.AddTransient<IStartupFilter, PageRendererStartup>();
        services.ConfigureDbContext<AppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ContentChangeRecorder>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ContentChangeRecorder>()));
        services.AddHostedService<ContentChangeSync>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PublicPageCacheOptions>>((cache, settings) =>
            cache.AddPolicy(Policy, page => page
                .Expire(settings.Value.Duration)
                .Tag(Tag)
                .SetVaryByQuery("*")

                // Pages hold no link built from the request's host (absolute links come from App:PublicBaseUrl), so one
                // copy serves every host name the site is reached by, and a page rendered ahead serves them all.
                .SetVaryByHost(false)
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
                .AddPolicy<ContentGenerationPolicy>()));
        return services;
    }

    /// <summary>
    /// Before localization, authentication and routing: answers an anonymous reader's repeat request for a public page
    /// from the copy <see cref="UsePublicPageCache"/> kept (<see cref="PublicPageShortcut"/>).
    /// </summary>
    public static IApplicationBuilder UsePublicPageShortcut(this IApplicationBuilder app)
    {
        var shortcut = app.ApplicationServices.GetRequiredService<PublicPageShortcut>();
        return Enabled(app) ? app.Use(next => context => shortcut.AnswerAsync(context, next)) : app;
    }

    /// <summary>After authentication (so signed-in requests are recognised and never cached) and localization.</summary>
    public static IApplicationBuilder UsePublicPageCache(this IApplicationBuilder app)
    {
        if (!Enabled(app))
        {
            return app;
        }

        var shortcut = app.ApplicationServices.GetRequiredService<PublicPageShortcut>();
        return app.Use(next => context => shortcut.CopyAsync(context, next)).UseOutputCache();
    }

    private static bool Enabled(IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<PublicPageCacheOptions>>().Value.Enabled;
}
