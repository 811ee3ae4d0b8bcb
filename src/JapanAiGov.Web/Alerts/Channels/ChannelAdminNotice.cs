using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Tells every admin by email that a destination was disabled (it answered 410 Gone), through the configured mail
/// transport. Best effort: a mail failure is logged, the destination stays disabled and its page says why.
/// </summary>
public sealed class ChannelAdminNotice(AppDbContext db, IMailTransport mail, IOptions<EmailOptions> email, IOptions<AppOptions> app, ILogger<ChannelAdminNotice> logger)
{
    public async Task DestinationDisabledAsync(ChannelDestination destination, string reason, CancellationToken cancellationToken)
    {
        var admins = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Admin && user.Email != null
            select user.Email!).ToListAsync(cancellationToken);
        try
        {
            await using var session = await mail.OpenAsync(cancellationToken);
            foreach (var admin in admins)
            {
                var message = new MimeMessage { Subject = "[JapanAiGov] An alert destination was disabled" };
                message.From.Add(MailboxAddress.Parse(email.Value.From));
                message.To.Add(MailboxAddress.Parse(admin));
                message.Body = new TextPart("plain")
                {
                    Text = $"The {destination.Kind} destination \"{ChatText.Line(destination.Name, ChannelDestination.NameMaxLength)}\" ({destination.UrlDisplay}) "
                        + $"was disabled: {reason}\r\n\r\nIt gets no alerts until an admin enables it again: {app.Value.Link($"/admin/channels/{destination.Id}")}\r\n",
                };
                await session.SendAsync(message, cancellationToken);
            }
        }
        catch (MailTransportException exception)
        {
            logger.LogWarning("Could not tell the admins that destination {DestinationId} was disabled: {Error}", destination.Id, exception.Message);
        }
    }
}
