using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// Puts a message in the form it travels in, for every transport: 7-bit transfer encodings with short lines
/// (RFC 5322 and 2045), written with CRLF; then, when Email:Dkim is configured, a DKIM signature over the encoded
/// message, so the signature covers exactly what is sent.
/// </summary>
public sealed class WireFormat
{
    /// <summary>How a message is written to a file: CRLF line ends, as on the wire.</summary>
    public static readonly FormatOptions Options = CreateOptions();

    // From is required by RFC 6376; the List-Unsubscribe pair is what RFC 8058 needs signed.
    private static readonly string[] SignedHeaders =
        ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type", "Auto-Submitted"];

    private readonly DkimSigner? _signer;

    public WireFormat(IOptions<EmailOptions> options, IHostEnvironment environment)
    {
        var dkim = options.Value.Dkim;
        if (dkim.IsEnabled)
        {
            _signer = CreateSigner(dkim, environment.ContentRootPath);
        }
    }

    public bool Signs => _signer is not null;

    public static DkimSigner CreateSigner(DkimOptions dkim, string contentRootPath) =>
        new(Path.GetFullPath(Path.Combine(contentRootPath, dkim.PrivateKeyFile!)), dkim.Domain!, dkim.Selector!, DkimSignatureAlgorithm.RsaSha256)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };

    /// <summary>Whether the configured key file can sign: checked at start, so a wrong path or a non-key fails fast.</summary>
    public static bool CanSignWith(DkimOptions dkim, string contentRootPath)
    {
        try
        {
            var probe = new MimeMessage { Subject = "probe", Body = new TextPart("plain") { Text = "probe" } };
            probe.From.Add(new MailboxAddress("probe", "probe@" + dkim.Domain));
            CreateSigner(dkim, contentRootPath).Sign(Options, probe, SignedHeaders);
            return probe.Headers.Contains(HeaderId.DkimSignature);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Any failure (missing file, no PEM, not an RSA key) means the same to the operator: the key is unusable.
            return false;
        }
    }

    public void Prepare(MimeMessage message)
    {
        message.Prepare(EncodingConstraint.SevenBit, 78);
        _signer?.Sign(Options, message, SignedHeaders);
    }

    private static FormatOptions CreateOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        options.International = false;
        return options;
    }
}
