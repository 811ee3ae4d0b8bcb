using System.Security.Cryptography;
using System.Text;

namespace JapanAiGov.Web.Alerts;

/// <summary>Link tokens: 32 random bytes, base64url in the link, SHA-256 (hex) in the database.</summary>
public static class AlertTokens
{
    public const int MaxTokenLength = 64;

    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Cheap shape check before touching the database: 43 base64url characters.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
