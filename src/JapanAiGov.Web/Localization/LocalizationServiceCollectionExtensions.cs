using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace JapanAiGov.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        // Razor's HtmlEncoder: every character HTML allows as text is written as itself (Japanese stays readable and a
        // third of the size); the encoder still escapes <, >, &, quotes and the other characters it always escapes.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

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

    /// <summary>Sets each request's language and remembers an explicit <c>?culture=</c> choice in the standard culture cookie.</summary>
    public static WebApplication UseAppLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
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
        });
        return app;
    }
}
