using System.Globalization;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Reads the House of Representatives' bill pages (Shift_JIS, decoded by the declared charset), with e-Gov's etiquette
/// and a size cap enforced while reading. Failures become <see cref="EGovException"/>s (the sources' one failure type)
/// naming the page.
/// </summary>
public sealed class DietClient(HttpClient http, IOptions<DietOptions> options)
{
    /// <summary>Where bill pages live under the site root.</summary>
    public const string GianPath = "internet/itdb_gian.nsf/html/gian/";

    /// <summary>The official site, for links editors follow whatever <see cref="DietOptions.BaseUrl"/> is.</summary>
    public static readonly Uri OfficialRoot = new("https://www.shugiin.go.jp/");

    public static string ListPath(int? session) =>
        GianPath + (session is { } n ? $"kaiji{n.ToString(CultureInfo.InvariantCulture)}.htm" : "menu.htm");

    /// <summary>The page at <paramref name="url"/> (absolute, or relative to the site root), decoded.</summary>
    public async Task<string> GetPageAsync(Uri url, CancellationToken cancellationToken)
    {
        var target = url.IsAbsoluteUri ? url : new Uri(http.BaseAddress!, url);
        var path = target.AbsolutePath;
        using var response = await EGovHttp.GetAsync(http, target, path, "The House of Representatives' site", options.Value.MaxPageBytes, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new EGovException(EGovHttp.FailureKindOf(response.StatusCode), $"The House of Representatives' site answered {(int)response.StatusCode} to GET {path}.", response.StatusCode);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return DietHtml.Decode(bytes, response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>The official address of a page read from <paramref name="url"/> under the configured root.</summary>
    public Uri Official(Uri url)
    {
        var root = http.BaseAddress!;
        var relative = root.MakeRelativeUri(url);
        return relative.IsAbsoluteUri ? url : new Uri(OfficialRoot, relative);
    }
}
