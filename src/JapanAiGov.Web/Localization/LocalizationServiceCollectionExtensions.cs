using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace JapanAiGov.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        // Razor's HtmlEncoder: every character HTML allows as text is written as itself (Japanese stays readable and a
        // third of the size); the encoder still escapes <, >, &, quotes and the other characters it always escapes.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
