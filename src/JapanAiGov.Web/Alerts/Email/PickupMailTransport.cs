using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Email;

/// <summary>
/// Writes each message as an .eml file into Email:PickupDirectory (relative to the content root), so a fresh
/// checkout sends "mail" with no server. Files hold the message exactly as it would go on the wire (see <see cref="WireFormat"/>). The file is named after the Message-ID and written atomically, so a
/// re-send replaces the file instead of adding a second one.
/// </summary>
public sealed class PickupMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, WireFormat wire) : IMailTransport
{
    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MailTransportException($"Cannot create the pickup folder: {exception.Message}", isPermanent: false, exception);
        }

        return Task.FromResult<IMailSession>(new Session(Directory, wire));
    }

    private sealed class Session(string directory, WireFormat wire) : IMailSession
    {
        public bool IsUsable => true;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = new string((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
            var path = Path.Combine(directory, name + ".eml");
            var temporary = path + ".tmp";
            try
            {
                wire.Prepare(message);
                await message.WriteToAsync(WireFormat.Options, temporary, cancellationToken);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new MailTransportException($"Cannot write to the pickup folder: {exception.Message}", isPermanent: false, exception);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
