using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Opaque paging cursors: base64url of "v1:{scope}:{payload}". Opaque so clients pass them back unchanged and the
/// sort key can change without breaking anyone; scoped so a cursor from one list is refused by another.
/// </summary>
public static class Cursor
{
    private const string Version = "v1";
    private const int MaxLength = 200;

    public static string Encode(string scope, string payload) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Version}:{scope}:{payload}"));

    public static bool TryDecode(string? cursor, string scope, out string payload)
    {
        payload = string.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength)
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        var prefix = $"{Version}:{scope}:";
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        payload = text[prefix.Length..];
        return true;
    }
}
