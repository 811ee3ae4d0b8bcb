using System.Text.RegularExpressions;

namespace JapanAiGov.Web.PublicComments;

/// <summary>Case ids and links of e-Gov's public-comment site (API.md §7).</summary>
public static partial class PublicCommentLinks
{
    public const string OfficialHost = "public-comment.e-gov.go.jp";

    /// <summary>
    /// A case's page on e-Gov, the evidence editors cite. Always on the official host, whatever
    /// <c>PublicComments:BaseUrl</c> the feeds were read from.
    /// </summary>
    public static string CasePage(string caseId) =>
        $"https://{OfficialHost}/servlet/Public?CLASSNAME=PCMMSTDETAIL&id={Uri.EscapeDataString(caseId)}&Mode=0";

    /// <summary>The <c>id=</c> of an item's link (9 digits today; any 1–20 digits are accepted), or null.</summary>
    public static string? CaseIdFrom(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var match = CaseIdPattern().Match(link);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>A link from the feed is kept only when it is an https page on e-Gov; anything else falls back to <see cref="CasePage"/>.</summary>
    public static string OfficialOr(string? link, string caseId) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && (uri.Host.Equals(OfficialHost, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".e-gov.go.jp", StringComparison.OrdinalIgnoreCase))
        && uri.AbsoluteUri.Length <= 500
        && CaseIdFrom(uri.AbsoluteUri) == caseId
            ? uri.AbsoluteUri
            : CasePage(caseId);

    [GeneratedRegex(@"[?&](?:amp;)?id=(?<id>[0-9]{1,20})(?:[&#]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CaseIdPattern();
}
