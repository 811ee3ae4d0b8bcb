using System.Globalization;

namespace JapanAiGov.Web.Localization;

/// <summary>
/// Writes in another language for a while: sets the current culture and UI culture (what resources, status labels,
/// <see cref="JapanTime"/> and the change log read) and puts the previous ones back on dispose. Used where the language
/// is not the request's, e.g. an email in the language of its subscription.
/// </summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(CultureInfo culture)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
    }

    /// <summary>Writes in <paramref name="language"/> ("ja" or "en"; English for anything else) until disposed.</summary>
    public static CultureScope Use(string? language) => new(AppCultures.Get(language));

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
}
