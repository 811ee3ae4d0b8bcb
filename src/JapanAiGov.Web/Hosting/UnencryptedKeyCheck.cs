using System.Globalization;
using System.Xml.Linq;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JapanAiGov.Web.Hosting;

/// <summary>
/// With <c>DataProtection:CertificatePath</c> set, every key should be stored encrypted; a key created while the
/// certificate was not configured (typically the first key, made by a <c>migrate</c> run without the certificate
/// settings) stays in plain form and keeps protecting new cookies and tokens until it expires. Reported on /health/ready as Degraded and
/// logged at start (<see cref="UnencryptedKeyWarning"/>); docs/security.md says how to replace it.
/// </summary>
public sealed class UnencryptedKeyCheck(AppDbContext db, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await ProblemAsync(db, configuration, cancellationToken) is { } problem ? HealthCheckResult.Degraded(problem) : HealthCheckResult.Healthy();

    public static async Task<string?> ProblemAsync(AppDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{DataProtectionCertificate.Section}:CertificatePath"]))
        {
            return null;
        }

        var stored = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(cancellationToken);

        // Data Protection dates its keys by the system clock, not the app's TimeProvider.
        return DefaultKeyIsUnencrypted(stored, DateTimeOffset.UtcNow)
            ? "The Data Protection key in use is stored unencrypted although DataProtection:CertificatePath is set: it was created by a run without the certificate settings (e.g. migrate). Run `keys rotate` with the certificate settings (docs/security.md#data-protection-keys)."
            : null;
    }

    /// <summary>
    /// Whether the key Data Protection protects with now — the latest activated one neither expired nor revoked — is
    /// stored as is (a <c>masterKey</c> element, not an <c>encryptedSecret</c>). Older plain keys only read what they
    /// protected until they expire.
    /// </summary>
    public static bool DefaultKeyIsUnencrypted(IEnumerable<string?> stored, DateTimeOffset now)
    {
        var elements = stored.Select(Parse).OfType<XElement>().ToList();
        var revocations = elements.Where(e => e.Name.LocalName == "revocation").ToList();
        var revokedIds = revocations.Select(r => (string?)r.Element("key")?.Attribute("id")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var revokedBefore = revocations
            .Where(r => (string?)r.Element("key")?.Attribute("id") == "*")
            .Select(r => Date(r.Element("revocationDate")))
            .Max();
        var current = elements
            .Where(key => key.Name.LocalName == "key"
                && Date(key.Element("activationDate")) <= now
                && Date(key.Element("expirationDate")) > now
                && !revokedIds.Contains((string?)key.Attribute("id") ?? string.Empty)
                && !(Date(key.Element("creationDate")) <= revokedBefore))
            .OrderByDescending(key => Date(key.Element("activationDate")))
            .FirstOrDefault();
        return current is not null
            && current.Descendants().Any(e => e.Name.LocalName == "masterKey")
            && !current.Descendants().Any(e => e.Name.LocalName == "encryptedSecret");
    }

    private static XElement? Parse(string? xml)
    {
        try
        {
            return xml is null ? null : XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Date(XElement? element) =>
        DateTimeOffset.TryParse(element?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
