using System.Security.Cryptography;
using System.Text;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Standard Webhooks 1.0 signing: secrets are <c>whsec_</c> + base64 of random bytes; a signature is <c>v1,</c> +
/// base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c> keyed with the secret's decoded bytes; several are
/// space-separated (rotation). The message id is derived from the delivery's stable key, so every retry carries it.
/// </summary>
public static class WebhookSigning
{
    public const string SecretPrefix = "whsec_";
    public const int SecretBytes = 32;

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>"msg_" + 32 hex characters of SHA-256 of the delivery key: stable across retries, unguessable from outside.</summary>
    public static string MessageId(string deliveryKey) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)).AsSpan(0, 16));

    public static string Sign(string secret, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var prefix = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>The <c>webhook-signature</c> header: one signature per secret, space-separated.</summary>
    public static string SignatureHeader(IEnumerable<string> secrets, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        var signatures = new List<string>();
        foreach (var secret in secrets)
        {
            signatures.Add(Sign(secret, messageId, timestamp, body));
        }

        return string.Join(' ', signatures);
    }
}
