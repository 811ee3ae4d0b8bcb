using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Tests.Alerts.Email;

public sealed class PickupMailTransportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "japanaigov-unit", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Send_RelativeDirectory_WritesEmlUnderTheContentRoot_AndAResendReplacesTheFile()
    {
        var options = Options.Create(new EmailOptions { PickupDirectory = "data/mail" });
        var environment = new HostingEnvironment { ContentRootPath = _root };
        var transport = new PickupMailTransport(options, environment, new WireFormat(options, environment));
        var message = new MimeMessage { MessageId = "alert.1.2@localhost", Subject = "[JapanAiGov] Test" };
        message.From.Add(MailboxAddress.Parse("alerts@localhost"));
        message.To.Add(MailboxAddress.Parse("reader@example.org"));
        message.Body = new TextPart("plain") { Text = "Hello" };

        await using (var session = await transport.OpenAsync(CancellationToken.None))
        {
            await session.SendAsync(message, CancellationToken.None);
            await session.SendAsync(message, CancellationToken.None);
        }

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_root, "data", "mail")));
        Assert.EndsWith("alert.1.2_localhost.eml", file, StringComparison.Ordinal);
        Assert.Equal("[JapanAiGov] Test", (await MimeMessage.LoadAsync(file)).Subject);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
