using System.Security.Cryptography;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>RFC 8058 in Production: an https, public App:PublicBaseUrl (else a warning and Degraded readiness), and DKIM on the real SMTP path.</summary>
public sealed class MailConformanceTests
{
    [Theory]
    [InlineData("http://tracker.example.org", "not https")]
    [InlineData("https://localhost:8443/", "loopback or localhost")]
    [InlineData("https://127.0.0.1", "loopback or localhost")]
    [InlineData("https://[::1]:8443", "loopback or localhost")]
    public async Task Production_PublicUrlUnfitForOneClick_WarnsAtStartAndIsDegraded(string publicBaseUrl, string expected)
    {
        await using var app = ProductionApp(publicBaseUrl, out var log);

        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(ReadLog(log), l => l.Contains("Set App__PublicBaseUrl", StringComparison.Ordinal));
        Assert.Contains(expected, warning, StringComparison.Ordinal);
        Assert.Contains("[WRN]", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_HttpsPublicUrl_IsHealthyWithoutWarning()
    {
        await using var app = ProductionApp("https://tracker.example.org/", out var log);

        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(ReadLog(log), l => l.Contains("App:PublicBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dkim_AlertSentOverSmtp_VerifiesOnReceiptAndCoversListUnsubscribe()
    {
        using var key = RSA.Create(2048);
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var settings = smtp.Settings();
        await using var app = new JapanAiGovFactory(settings);
        var keyFile = Path.Combine(app.DataDirectory, "dkim.pem");
        await File.WriteAllTextAsync(keyFile, key.ExportRSAPrivateKeyPem());
        await using var signing = new JapanAiGovFactory(new Dictionary<string, string?>(settings)
        {
            ["Alerts:DispatcherEnabled"] = "false",
            ["Email:From"] = "JapanAiGov <alerts@tracker.example.org>",
            ["Email:Dkim:Domain"] = "tracker.example.org",
            ["Email:Dkim:Selector"] = "jag1",
            ["Email:Dkim:PrivateKeyFile"] = keyFile,
        });
        await signing.AddSubscriptionAsync("team@example.org");
        await signing.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed, signing.Time.GetUtcNow(), new DateOnly(2027, 4, 1));

        await signing.DispatchAsync();
        var message = (await smtp.WaitForMessagesAsync(1))[0];

        var signature = message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)];
        Assert.Contains("list-unsubscribe:list-unsubscribe-post", signature.Value.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var locator = new TxtRecordLocator($"v=DKIM1; k=rsa; p={Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())}");
        Assert.True(await new DkimVerifier(locator).VerifyAsync(message, signature), "the DKIM signature of the received message does not verify");
    }

    [Fact]
    public async Task Dkim_KeyFileThatIsNotAKey_StopsStartWithTheKeyName()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N") + ".pem");
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----\n");

        var (exitCode, _, error) = await AppProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Email__Dkim__Domain"] = "tracker.example.org",
                ["Email__Dkim__Selector"] = "jag1",
                ["Email__Dkim__PrivateKeyFile"] = keyFile,
            },
            "migrate");

        Assert.Equal(1, exitCode);
        Assert.Contains("Email:Dkim:PrivateKeyFile", error, StringComparison.Ordinal);
        File.Delete(keyFile);
    }

    private static JapanAiGovFactory ProductionApp(string publicBaseUrl, out string log)
    {
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        log = Path.Combine(directory, "app.log");
        return new JapanAiGovFactory(new Dictionary<string, string?>
        {
            ["App:PublicBaseUrl"] = publicBaseUrl,
            ["Serilog:Using:0"] = "Serilog.Sinks.File",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = log,
        })
        { Environment = "Production" };
    }

    private static List<string> ReadLog(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n')];
    }

    private sealed class TxtRecordLocator(string txt) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            GetPublicKey(txt);

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(GetPublicKey(txt));
    }
}
