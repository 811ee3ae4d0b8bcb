using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Data.Postgres;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Data;

/// <summary>
/// Issue 15: instances started together on one database each made their own first Data Protection key, and could
/// not read each other's tokens (cookies, forms, alert links) until their key rings refreshed.
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task InstancesStartedTogether_OnOneSqliteFile_CreateOneKeyAndReadEachOthersTokens()
    {
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "shared.db")}";
        try
        {
            await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options))
            {
                await PrepareAsync(db);
            }

            await AssertOneSharedKeyAsync(new() { ["ConnectionStrings:Default"] = connectionString });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [PostgresFact]
    public async Task InstancesStartedTogether_OnOnePostgresDatabase_CreateOneKeyAndReadEachOthersTokens()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options))
        {
            await PrepareAsync(db);
        }

        await AssertOneSharedKeyAsync(database.Settings);
    }

    /// <summary>An up-to-date, seeded database without any key: what the instances find when they start together.</summary>
    private static async Task PrepareAsync(AppDbContext db)
    {
        await db.Database.MigrateAsync();
        await SeedData.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        await WatchedLawSeed.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    private static async Task AssertOneSharedKeyAsync(Dictionary<string, string?> settings)
    {
        var apps = Enumerable.Range(0, 3).Select(_ => new JapanAiGovFactory(settings)).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));

            Assert.Equal(1, await apps[0].WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
            var tokens = apps.Select(app => app.Services.GetRequiredService<AlertTokenProtector>().Protect("token")).ToList();
            foreach (var app in apps)
            {
                var protector = app.Services.GetRequiredService<AlertTokenProtector>();
                Assert.All(tokens, token => Assert.Equal("token", protector.Unprotect(token)));
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}

/// <summary>
/// Issue 26, point 6: a first key made without the certificate settings (by `migrate`, say) stayed in plain form and
/// the app, later started with the certificate, went on protecting with it and said nothing.
/// </summary>
public sealed class UnencryptedKeyTests
{
    [Fact]
    public async Task KeyMadeWithoutTheCertificate_AppStartedWithIt_WarnsAndIsDegraded_UntilKeysRotate()
    {
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "keys.db");
        var certificate = Path.Combine(directory, "keys.pfx");
        using (var rsa = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=JapanAiGov data protection", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, selfSigned.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx password"));
        }

        try
        {
            await using (var withoutCertificate = new JapanAiGovFactory(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={database}" }))
            {
                using var ready = await withoutCertificate.CreateClient().GetAsync("/health/ready");
                Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
            }

            await using var app = new JapanAiGovFactory(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={database}",
                ["DataProtection:CertificatePath"] = certificate,
                ["DataProtection:CertificatePassword"] = "pfx password",
            });
            var client = app.CreateClient();
            using (var degraded = await client.GetAsync("/health/ready"))
            {
                Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());
            }

            Assert.Contains(app.Logs.Events, e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("key in use is stored unencrypted", StringComparison.Ordinal));

            var output = new StringWriter();
            var error = new StringWriter();
            var code = await JapanAiGov.Web.Hosting.CommandLine.RunAsync(app.Services, ["keys", "rotate"], new StringReader(string.Empty), output, error);
            Assert.True(code == 0, $"{output}{error}");
            Assert.Contains("Created Data Protection key", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, error.ToString());

            using var healthy = await client.GetAsync("/health/ready");
            Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
            var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.Equal(2, keys.Count);
            Assert.Single(keys, k => k.Contains("encryptedSecret", StringComparison.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
