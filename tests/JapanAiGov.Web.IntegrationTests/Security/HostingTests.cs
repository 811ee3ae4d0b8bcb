using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>
/// Issue 10 point 9: the app as operators run it — its own folder laid out as <c>dotnet publish</c> leaves it (the test
/// output holds the app, its appsettings.json and wwwroot), started from another working directory in Production.
/// </summary>
public sealed class HostingTests
{
    private const string Token = "SECRETTOKENabcdefghijklmnopqrstuvwxyz0123";

    [Fact]
    public async Task PublishedApp_FromAnotherWorkingDirectory_LoadsItsOwnFiles_HonoursUrls_LogsSafely_AndEncryptsKeys()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("japanaigov-cwd-");
        var database = Path.Combine(workingDirectory.FullName, "app.db");
        var certificate = Path.Combine(workingDirectory.FullName, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=JapanAiGov data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, selfSigned.Export(X509ContentType.Pfx, "pfx password"));
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory.FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JapanAiGov.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        start.Environment["DataProtection__CertificatePath"] = certificate;
        start.Environment["DataProtection__CertificatePassword"] = "pfx password";
        start.Environment["EGov__Enabled"] = "false";
        start.Environment["Email__PickupDirectory"] = Path.Combine(workingDirectory.FullName, "mail");
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Serilog__", StringComparison.Ordinal) || k == "DOTNET_ENVIRONMENT").ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitUntilServingAsync(client, process);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?q=privacy")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
            await client.GetAsync($"/alerts/confirm/{Token}");
            await client.GetAsync($"/alerts/unsubscribe/{Token}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var log = await output + await error;
        Assert.Contains("HTTP GET /health/ready responded 200", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Executed DbCommand", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, log, StringComparison.Ordinal);
        Assert.Contains("/alerts/confirm/", log, StringComparison.Ordinal);

        // The antiforgery token on the login page made a Data Protection key; it is stored encrypted with the certificate.
        var storedKey = Assert.Single(await ReadKeysAsync(database));
        Assert.Contains("EncryptedXml", storedKey, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", storedKey, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        workingDirectory.Delete(recursive: true);
    }

    private static async Task<List<string>> ReadKeysAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilServingAsync(HttpClient client, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await tick.WaitForNextTickAsync())
        {
            Assert.False(process.HasExited, "The app exited before serving.");
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "The app did not answer on ASPNETCORE_URLS within 60 s.");
        }
    }
}
