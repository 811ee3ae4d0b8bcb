using Microsoft.AspNetCore.DataProtection;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Encrypts destination URLs and webhook signing secrets at rest (ASP.NET Core Data Protection).</summary>
public sealed class DestinationSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("JapanAiGov.Alerts.Channels.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring no longer has the key.</exception>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
