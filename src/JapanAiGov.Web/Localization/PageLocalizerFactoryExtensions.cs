using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Localization;

public static class PageLocalizerFactoryExtensions
{
    /// <summary>The localizer of the resource a page's view uses, for the strings its PageModel writes.</summary>
    public static IStringLocalizer ForPage<TPageModel>(this IStringLocalizerFactory factory) =>
        factory.Create(ResourceNames.For(typeof(TPageModel)), ResourceNames.Assembly);
}
