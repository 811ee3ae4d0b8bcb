namespace JapanAiGov.Web.Localization;

/// <summary>
/// Where a type's strings live. A page's view and its PageModel share one resource beside the page
/// (<c>Pages/Alerts/Subscribe.resx</c> and <c>.ja.resx</c>), so its validation messages sit with its text.
/// </summary>
public static class ResourceNames
{
    public static readonly string Assembly = typeof(ResourceNames).Assembly.GetName().Name!;

    /// <summary>The resource base name for <paramref name="type"/>: its outermost type, with a PageModel's "Model" suffix dropped.</summary>
    public static string For(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        var name = type.FullName!;
        return typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(type) && name.EndsWith("Model", StringComparison.Ordinal)
            ? name[..^"Model".Length]
            : name;
    }
}
