using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>
    /// Validates <paramref name="model"/> again under <paramref name="prefix"/>, dropping the errors model binding found
    /// in the raw post: for input the page has normalised (an upper-cased law id, a trimmed slug) before judging it.
    /// </summary>
    public static void Revalidate(this PageModel page, object model, string prefix)
    {
        foreach (var key in page.ModelState.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            page.ModelState.Remove(key);
        }

        page.TryValidateModel(model, prefix);
    }
}
