using System.Globalization;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// An email's Message-ID, derived at send time from its delivery's stable key, so every attempt of one delivery
/// carries the same id and a rare re-send can be recognised by the receiver: "alert/{event}/{subscription}" →
/// alert.{event}.{subscription}@{domain}, "digest/{subscription}/{yyyy-MM-dd}" → digest.{yyyyMMdd}.{subscription}@{domain},
/// "confirm/{random}" → confirm.{random}@{domain} — the ids deliveries were given when they were stored with them.
/// The domain is Email:From's.
/// </summary>
public static class EmailMessageId
{
    private const int ConfirmKeyLength = 32;

    /// <exception cref="FormatException"><paramref name="deliveryKey"/> is not a key any delivery is queued with.</exception>
    public static string For(string deliveryKey, string domain) =>
        TryFor(deliveryKey, domain, out var messageId) ? messageId : throw new FormatException("The delivery key has none of the forms alert/…, digest/… or confirm/….");

    public static bool TryFor(string deliveryKey, string domain, out string messageId)
    {
        messageId = deliveryKey.Split('/') switch
        {
            ["alert", var alertEvent, var subscription] when IsId(alertEvent) && IsId(subscription) => $"alert.{alertEvent}.{subscription}@{domain}",
            ["digest", var subscription, var day] when IsId(subscription) && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                $"digest.{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{subscription}@{domain}",
            ["confirm", var random] when random.Length == ConfirmKeyLength && random.All(char.IsAsciiHexDigitLower) => $"confirm.{random}@{domain}",
            _ => string.Empty,
        };
        return messageId.Length > 0;
    }

    /// <summary>The domain of <paramref name="from"/> (Email:From), or "localhost" when it has none.</summary>
    public static string DomainOf(string from)
    {
        var address = MailboxAddress.Parse(from).Address;
        var domain = address[(address.LastIndexOf('@') + 1)..];
        return domain.Length == 0 ? "localhost" : domain;
    }

    /// <summary>A row id as the database writes it: digits, no sign or leading zero.</summary>
    private static bool IsId(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 && id.ToString(CultureInfo.InvariantCulture) == value;
}
