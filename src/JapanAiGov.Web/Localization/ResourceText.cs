using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Localization;

/// <summary>
/// Strings for code outside pages (feeds, the calendar, notices), from the .resx / .ja.resx beside <c>owner</c>, in the
/// current UI language; arguments fill whole-sentence formats, never concatenated pieces.
/// </summary>
public sealed class ResourceText(Type owner)
{
    private readonly ResourceManager _resources = new LocalizedResources(owner);

    public string this[string key] => _resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, this[key], arguments);
}
