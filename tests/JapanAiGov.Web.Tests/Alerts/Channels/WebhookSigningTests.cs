using System.Text;
using CsCheck;
using JapanAiGov.Web.Alerts.Channels;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace JapanAiGov.Web.Tests.Alerts.Channels;

/// <summary>Our signatures against the StandardWebhooks package (the spec's .NET implementation), byte for byte.</summary>
public sealed class WebhookSigningTests
{
    [Fact]
    public void Sign_AnySecretIdAndBody_IsWhatStandardWebhooksComputes() =>
        Gen.Select(Gen.Byte.Array[24, 64], Gen.String, Gen.Long[0, 4_000_000_000]).Sample((key, body, seconds) =>
        {
            var secret = WebhookSigning.SecretPrefix + Convert.ToBase64String(key);
            var id = WebhookSigning.MessageId(body);

            var ours = WebhookSigning.Sign(secret, id, seconds, Encoding.UTF8.GetBytes(body));

            Assert.Equal(new StandardWebhook(secret).Sign(id, DateTimeOffset.FromUnixTimeSeconds(seconds), body), ours);
        });

    [Fact]
    public void SignatureHeader_DuringRotation_VerifiesWithEitherSecret()
    {
        var (current, previous) = (WebhookSigning.NewSecret(), WebhookSigning.NewSecret());
        const string body = """{"type":"item.status_changed","data":{"title":"個人情報"}}""";
        var id = WebhookSigning.MessageId("alert/1/2");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var header = WebhookSigning.SignatureHeader([current, previous], id, now, Encoding.UTF8.GetBytes(body));

        // Each signature checked on its own: the package's Verify mis-parses a list of two (it compares the last
        // entry against the whole header), so a receiver using it sees only the first, the current secret's.
        var signatures = header.Split(' ');
        Assert.Equal(2, signatures.Length);
        new StandardWebhook(current).Verify(body, Headers(id, now, signatures[0]));
        new StandardWebhook(previous).Verify(body, Headers(id, now, signatures[1]));
        new StandardWebhook(current).Verify(body, Headers(id, now, header));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(WebhookSigning.NewSecret()).Verify(body, Headers(id, now, header)));
    }

    private static HeaderDictionary Headers(string id, long timestamp, string signature) => new()
    {
        ["webhook-id"] = id,
        ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["webhook-signature"] = signature,
    };

    [Fact]
    public void NewSecret_IsWhsecAndBase64OfRandomBytesWithinTheSpecsRange()
    {
        var secret = WebhookSigning.NewSecret();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.InRange(Convert.FromBase64String(secret[6..]).Length, 24, 64);
        Assert.NotEqual(secret, WebhookSigning.NewSecret());
    }

    [Fact]
    public void MessageId_IsStablePerDeliveryAndDiffersBetweenDeliveries()
    {
        Assert.Equal(WebhookSigning.MessageId("alert/7/3"), WebhookSigning.MessageId("alert/7/3"));
        Assert.NotEqual(WebhookSigning.MessageId("alert/7/3"), WebhookSigning.MessageId("alert/7/4"));
        Assert.Matches("^msg_[0-9a-f]{32}$", WebhookSigning.MessageId("alert/7/3"));
    }

    [Fact]
    public void Sign_ABareBase64Secret_SignsLikeTheSameSecretWithItsPrefix()
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var body = Encoding.UTF8.GetBytes("{}");

        Assert.Equal(WebhookSigning.Sign(WebhookSigning.SecretPrefix + key, "msg_1", 1_700_000_000, body), WebhookSigning.Sign(key, "msg_1", 1_700_000_000, body));
        Assert.NotEqual(WebhookSigning.Sign(key, "msg_1", 1_700_000_000, body), WebhookSigning.Sign(key, "msg_1", 1_700_000_001, body));
        Assert.NotEqual(WebhookSigning.Sign(key, "msg_1", 1_700_000_000, body), WebhookSigning.Sign(key, "msg_2", 1_700_000_000, body));
    }

    [Fact]
    public void SignatureHeader_OneSignaturePerSecretInOrder_AndNoneWithoutSecrets()
    {
        var (first, second) = (WebhookSigning.NewSecret(), WebhookSigning.NewSecret());
        var body = Encoding.UTF8.GetBytes("{\"type\":\"test\"}");

        Assert.Equal(WebhookSigning.Sign(first, "msg_1", 5, body), WebhookSigning.SignatureHeader([first], "msg_1", 5, body));
        Assert.Equal(
            WebhookSigning.Sign(first, "msg_1", 5, body) + " " + WebhookSigning.Sign(second, "msg_1", 5, body),
            WebhookSigning.SignatureHeader([first, second], "msg_1", 5, body));
        Assert.Equal(string.Empty, WebhookSigning.SignatureHeader([], "msg_1", 5, body));
    }

    [Fact]
    public void NewSecret_HoldsExactly32RandomBytes()
    {
        Assert.Equal(WebhookSigning.SecretBytes, Convert.FromBase64String(WebhookSigning.NewSecret()[WebhookSigning.SecretPrefix.Length..]).Length);
        Assert.Equal(32, WebhookSigning.SecretBytes);
    }
}
