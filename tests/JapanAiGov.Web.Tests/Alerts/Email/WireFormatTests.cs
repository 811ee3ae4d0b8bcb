using System.Security.Cryptography;
using System.Text;
using CsCheck;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Items;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace JapanAiGov.Web.Tests.Alerts.Email;

/// <summary>Pickup files are written exactly as on the wire (RFC 5322/2045), and DKIM signatures verify (RFC 6376, RFC 8058).</summary>
public sealed class WireFormatTests : IDisposable
{
    private const string Selector = "alerts2026";
    private const string Domain = "japanaigov.example";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "japanaigov-unit", Guid.NewGuid().ToString("N"));
    private readonly RSA _key = RSA.Create(2048);

    public WireFormatTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task Pickup_LongJapaneseDigest_IsCrlfSevenBitWithShortLinesAndEncodedParts()
    {
        var changes = Enumerable.Range(1, 12).Select(i => StatusChange(
            $"個人情報の保護に関する法律の改正 {i}",
            string.Concat(Enumerable.Repeat("生成AIの学習に個人データを同意なく使えるようにする改正案。", 40)))).ToList();
        var message = AlertEmailRendererTests.Renderer.Digest("reader@example.org", "every item JapanAiGov tracks", new DateOnly(2026, 11, 24), changes, "TOKEN", "digest.20261124.3@japanaigov.example");
        var html = message.HtmlBody;

        var bytes = await SendThroughPickupAsync(message);

        AssertOnTheWire(bytes);
        var reread = MimeMessage.Load(new MemoryStream(bytes));
        Assert.Equal(html, reread.HtmlBody);
        Assert.All(reread.BodyParts.OfType<TextPart>(), p => Assert.Contains(p.ContentTransferEncoding, new[] { ContentEncoding.QuotedPrintable, ContentEncoding.Base64, ContentEncoding.SevenBit }));
        Assert.Contains("<html lang=\"en\">", reread.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<title>[JapanAiGov] Daily digest for 2026-11-24: 12 changes</title>", reread.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Pickup_AnyStoredText_StaysOnTheWireAndRoundTrips()
    {
        var transport = PickupTransport(dkim: null);
        Gen.String.Sample(
            reason =>
            {
                var message = AlertEmailRendererTests.Renderer.Alert("reader@example.org", "every item", StatusChange("Item", reason), "TOKEN", $"alert.{Guid.NewGuid():N}@japanaigov.example");
                var text = message.TextBody;
                var bytes = SendAsync(transport, message).GetAwaiter().GetResult();
                AssertOnTheWire(bytes);
                Assert.Equal(Normalize(text), Normalize(MimeMessage.Load(new MemoryStream(bytes)).TextBody));
            },
            iter: 200);
    }

    [Fact]
    public async Task Dkim_SignedAlert_VerifiesWithThePublishedKey_AndCoversTheUnsubscribeHeaders()
    {
        var message = AlertEmailRendererTests.Renderer.Alert("reader@example.org", "every item JapanAiGov tracks", StatusChange("個人情報保護法", "公式テキストが公開された。"), "TOKEN", "alert.7.3@japanaigov.example");

        var bytes = await SendThroughPickupAsync(message, Dkim());

        AssertOnTheWire(bytes);
        var received = MimeMessage.Load(new MemoryStream(bytes));
        var signature = received.Headers[received.Headers.IndexOf(HeaderId.DkimSignature)];
        var tags = signature.Value.Split(';').Select(t => t.Trim().Split('=', 2)).Where(t => t.Length == 2).ToDictionary(t => t[0].Trim(), t => t[1]);
        Assert.Equal(Domain, tags["d"]);
        Assert.Equal(Selector, tags["s"]);
        var signed = tags["h"].Split(':').Select(h => h.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("list-unsubscribe", signed);
        Assert.Contains("list-unsubscribe-post", signed);
        Assert.Contains("from", signed);
        Assert.True(await Verifier().VerifyAsync(received, signature), "the DKIM signature does not verify");
    }

    [Fact]
    public async Task Dkim_MessageChangedAfterSigning_FailsVerification()
    {
        var message = AlertEmailRendererTests.Renderer.Alert("reader@example.org", "every item", StatusChange(), "TOKEN", "alert.8.3@japanaigov.example");
        var received = MimeMessage.Load(new MemoryStream(await SendThroughPickupAsync(message, Dkim())));

        received.Headers.Replace(HeaderId.ListUnsubscribe, "<https://attacker.example/unsubscribe>");

        Assert.False(await Verifier().VerifyAsync(received, received.Headers[received.Headers.IndexOf(HeaderId.DkimSignature)]));
    }

    [Fact]
    public void Dkim_PartialConfiguration_IsRejectedByValidation()
    {
        var options = new EmailOptions { Dkim = new DkimOptions { Domain = Domain } };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Email:Dkim:Selector", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _key.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>RFC 5322 §2.1.1 and 2.3, RFC 2045 §2.7: CRLF only, no line over 998 octets (ours stay at 78), 7-bit.</summary>
    private static void AssertOnTheWire(byte[] bytes)
    {
        Assert.All(bytes, b => Assert.True(b is > 0 and < 0x80, $"byte 0x{b:X2} is not 7-bit text"));
        for (var i = 0; i < bytes.Length; i++)
        {
            Assert.True(bytes[i] != '\n' || (i > 0 && bytes[i - 1] == '\r'), $"bare LF at offset {i}");
            Assert.True(bytes[i] != '\r' || (i + 1 < bytes.Length && bytes[i + 1] == '\n'), $"bare CR at offset {i}");
        }

        var longest = Encoding.ASCII.GetString(bytes).Split("\r\n").Max(l => l.Length);
        Assert.True(longest <= 998, $"a line of {longest} octets");
    }

    private static string Normalize(string? text) => (text ?? string.Empty).ReplaceLineEndings("\n").TrimEnd();

    private static ChangeEntry StatusChange(string title = "PIPA amendment", string reason = "Official text published.") => new()
    {
        Kind = ChangeKind.StatusChange,
        Id = 7,
        ItemId = 1,
        ItemTitle = title,
        ItemSlug = "pipa",
        ItemTopic = "privacy",
        OccurredAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
        FromStatus = ItemStatus.Reported,
        ToStatus = ItemStatus.Confirmed,
        Reason = reason,
        EvidenceUrl = "https://www.ppc.go.jp/",
        EffectiveOn = new DateOnly(2027, 4, 1),
    };

    private DkimOptions Dkim()
    {
        var keyFile = Path.Combine(_root, "dkim.pem");
        File.WriteAllText(keyFile, _key.ExportRSAPrivateKeyPem());
        return new DkimOptions { Domain = Domain, Selector = Selector, PrivateKeyFile = keyFile };
    }

    private PickupMailTransport PickupTransport(DkimOptions? dkim)
    {
        var options = Options.Create(new EmailOptions { PickupDirectory = Path.Combine(_root, "mail"), Dkim = dkim ?? new DkimOptions() });
        var environment = new HostingEnvironment { ContentRootPath = _root };
        return new PickupMailTransport(options, environment, new WireFormat(options, environment));
    }

    private Task<byte[]> SendThroughPickupAsync(MimeMessage message, DkimOptions? dkim = null) => SendAsync(PickupTransport(dkim), message);

    private static async Task<byte[]> SendAsync(PickupMailTransport transport, MimeMessage message)
    {
        await using (var session = await transport.OpenAsync(CancellationToken.None))
        {
            await session.SendAsync(message, CancellationToken.None);
        }

        var file = Directory.GetFiles(transport.Directory, "*.eml").Single(f => Path.GetFileName(f).StartsWith(message.MessageId!.Split('@')[0], StringComparison.Ordinal));
        var bytes = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        return bytes;
    }

    /// <summary>The verifier looks the key up as a DNS TXT record would hold it: "v=DKIM1; k=rsa; p=base64".</summary>
    private DkimVerifier Verifier() => new(new TxtRecordLocator($"v=DKIM1; k=rsa; p={Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo())}"));

    private sealed class TxtRecordLocator(string txt) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        {
            Assert.Equal((Domain, Selector), (domain, selector));
            return GetPublicKey(txt);
        }

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}
