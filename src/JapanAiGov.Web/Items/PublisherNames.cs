using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Items;

/// <summary>
/// A source's publisher as the reader knows it: the glossary's publishers have a name in each language (Yomiuri
/// Shimbun = 読売新聞, METI = 経済産業省); any other is shown as the editor wrote it.
/// </summary>
public static class PublisherNames
{
    private static readonly ResourceManager Resources = new LocalizedResources(typeof(PublisherNames));

    public static string Display(string publisher, CultureInfo? culture = null) =>
        Resources.GetString(publisher, culture ?? CultureInfo.CurrentUICulture) ?? publisher;
}
