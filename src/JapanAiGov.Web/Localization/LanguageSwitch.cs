using Microsoft.AspNetCore.WebUtilities;

namespace JapanAiGov.Web.Localization;

/// <summary>The switcher's links: this same page and query, with <c>?culture=</c> set to the other language.</summary>
public static class LanguageSwitch
{
    public static string Link(HttpRequest request, string culture)
    {
        var query = request.Query
            .Where(pair => !string.Equals(pair.Key, "culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>("culture", culture));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}
