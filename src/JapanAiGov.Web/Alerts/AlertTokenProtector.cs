using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace JapanAiGov.Web.Alerts;

/// <summary>Encrypts the raw tokens that emails must carry (the database otherwise holds only their hashes).</summary>
public sealed class AlertTokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("JapanAiGov.Alerts.Tokens.v1");

    public string Protect(string token) => _protector.Protect(token);

    /// <exception cref="CryptographicException">The key ring no longer has the key (e.g. it was reset).</exception>
    public string Unprotect(string protectedToken) => _protector.Unprotect(protectedToken);

    public static bool IsKeyProblem(Exception exception) => exception is CryptographicException;
}
