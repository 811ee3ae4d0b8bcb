using System.Text.Encodings.Web;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        // Razor's HtmlEncoder: every character HTML allows as text is written as itself (Japanese stays readable and a
        // third of the size); it still escapes <, >, &, quotes and the characters it always escapes, and drops the
        // invisible formatting characters SafeText forbids, so no stored text puts a bidirectional override on a page.
        services.AddSingleton<HtmlEncoder>(SafeHtmlEncoder.Instance);

        services.AddSingleton<IStringLocalizerFactory, AppStringLocalizerFactory>();
        services.AddLocalization();
        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(ResourceNames.For(type), ResourceNames.Assembly));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(AppCultures.English)
                .AddSupportedCultures([.. AppCultures.Supported])
                .AddSupportedUICultures([.. AppCultures.Supported]);
            options.ApplyCurrentCultureToResponseHeaders = true;
            // Order: ?culture= (an explicit choice, remembered below), the culture cookie, Accept-Language, English.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// Sets each request's language. Pages: <c>?culture=</c> (remembered in the standard culture cookie), the cookie,
    /// Accept-Language, English. Machine-readable outputs (feeds, calendar, CSV, API) follow only <c>?culture=</c>, so
    /// a URL always means the same document for every reader and cache.
    /// </summary>
    public static WebApplication UseAppLocalization(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLocalizationOptions>>().Value;
        var machineOptions = new RequestLocalizationOptions
        {
            DefaultRequestCulture = options.DefaultRequestCulture,
            SupportedCultures = options.SupportedCultures,
            SupportedUICultures = options.SupportedUICultures,
            ApplyCurrentCultureToResponseHeaders = true,
            RequestCultureProviders = [new QueryStringRequestCultureProvider()],
        };
        if (app.Configuration.GetValue<bool>("Localization:Pseudo"))
        {
            app.Use(async (context, next) =>
            {
                using var pseudo = PseudoLocalization.Begin();
                await next(context);
            });
        }

        app.UseWhen(IsMachineReadable, machine => machine.UseRequestLocalization(machineOptions));
        app.UseWhen(context => !IsMachineReadable(context), pages => pages.UseRequestLocalization(options).Use(RememberChoice));
        return app;
    }

    /// <summary>Feeds, the calendar, CSV and the JSON API: outputs read by programs, whose language is part of the URL.</summary>
    public static bool IsMachineReadable(HttpContext context)
    {
        var path = context.Request.Path;
        // "/api" itself is the reference page, read by people; the API is under "/api/v1".
        return path.StartsWithSegments("/api/v1") || path.StartsWithSegments("/feeds") || path.StartsWithSegments("/openapi")
            || path.StartsWithSegments("/health")
            || (path.Value is { } value && (value.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)
                || value.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)));
    }

    private static Task RememberChoice(HttpContext context, RequestDelegate next)
    {
        // A page's language follows the cookie and Accept-Language when ?culture= is absent: caches must key on both.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Language, Cookie");
            return Task.CompletedTask;
        });

        if (AppCultures.Normalize(context.Request.Query["culture"]) is { } chosen)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
        }

        return next(context);
    }
}
