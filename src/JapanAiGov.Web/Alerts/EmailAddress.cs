using System.Globalization;
using System.Text.RegularExpressions;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Validates and normalises a subscriber's address: one plain addr-spec (no display name, no whitespace or control
/// characters, so nothing can smuggle a header), a dot-atom local part, and a domain with a dot, converted to ASCII
/// (IDNA). The whole address is lower-cased: in practice mailboxes are case-insensitive, and one person typing
/// "Ann@Example.org" and "ann@example.org" must get one subscription, not two.
/// </summary>
public static partial class EmailAddress
{
    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > Subscription.EmailMaxLength || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        var local = text[..at];
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            || !local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || AtomSpecials.Contains(c)))
        {
            return false;
        }

        string domain;
        try
        {
            domain = new IdnMapping().GetAscii(text[(at + 1)..].TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        var result = local.ToLowerInvariant() + "@" + domain;
        if (result.Length > Subscription.EmailMaxLength)
        {
            return false;
        }

        normalized = result;
        return true;
    }

    /// <summary>"a***@example.org": enough for an operator to tell rows apart, not enough to harvest addresses.</summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    /// <summary>Masks every address inside free text (e.g. an SMTP reply such as "550 5.1.1 &lt;ann@example.org&gt;: unknown").</summary>
    public static string MaskAll(string text) => AddressInText().Replace(text, match => Mask(match.Value));

    [GeneratedRegex(@"[^\s<>()\[\]@,;:""]+@[^\s<>()\[\]@,;:""]+")]
    private static partial Regex AddressInText();
}
