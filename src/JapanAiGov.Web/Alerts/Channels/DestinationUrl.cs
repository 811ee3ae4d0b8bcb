using System.Diagnostics.CodeAnalysis;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// What a destination URL may be: absolute https (http only when private networks are allowed), no credentials in it,
/// not a retired Microsoft 365 connector. <see cref="Mask"/> is the only form pages and logs show.
/// </summary>
public static class DestinationUrl
{
    /// <summary>Null when <paramref name="text"/> is acceptable, else the reason (in English; pages translate by key).</summary>
    public static bool TryParse(string? text, bool allowHttp, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? problem)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > ChannelDestination.UrlMaxLength
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed))
        {
            problem = "UrlInvalid";
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttps && !(allowHttp && parsed.Scheme == Uri.UriSchemeHttp))
        {
            problem = "UrlNotHttps";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            problem = "UrlInvalid";
            return false;
        }

        if (IsLegacyOfficeConnector(parsed))
        {
            problem = "UrlOfficeConnector";
            return false;
        }

        url = parsed;
        problem = null;
        return true;
    }

    /// <summary>Microsoft 365 connectors (<c>*.webhook.office.com</c>) are retired; Teams destinations use Workflows.</summary>
    public static bool IsLegacyOfficeConnector(Uri url) =>
        url.Host.Equals("webhook.office.com", StringComparison.OrdinalIgnoreCase)
        || url.Host.EndsWith(".webhook.office.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>"https://hooks.slack.com/…": the path and query of such URLs are the credential.</summary>
    public static string Mask(Uri url) => $"{url.Scheme}://{url.IdnHost}{(url.IsDefaultPort ? string.Empty : $":{url.Port}")}/…";
}
