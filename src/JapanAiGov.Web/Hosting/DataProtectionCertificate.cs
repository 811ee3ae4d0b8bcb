using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace JapanAiGov.Web.Hosting;

/// <summary>
/// Encrypts the Data Protection key ring at rest (the keys behind auth cookies, antiforgery tokens and alert tokens,
/// stored in the database) with the certificate in <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its
/// private key) and <c>DataProtection:CertificatePassword</c>. Without one, keys are stored as the database stores them
/// (docs/operations.md says when that is acceptable). Read from the builder's configuration, because the framework
/// needs the certificate itself when the services are registered.
/// </summary>
public static class DataProtectionCertificate
{
    public const string Section = "DataProtection";

    public static WebApplicationBuilder AddDataProtectionCertificate(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration[$"{Section}:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{Section}:CertificatePath '{path}' holds no private key: keys could be encrypted but never read back.");
        }

        builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return builder;
    }
}
