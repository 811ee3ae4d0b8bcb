using System.Diagnostics.CodeAnalysis;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// The one rule for "an absolute http(s) URL": evidence and source links, configured base URLs, and every link a feed
/// or an email writes from stored text. Anything else (relative, <c>javascript:</c>, <c>file:</c>, garbage) is not one.
/// </summary>
public static class HttpUrl
{
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(text)
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);
}
