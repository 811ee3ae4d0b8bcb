using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// The alert channel of one kind of destination (webhook, Slack, Teams): a session is a DI scope of its own whose
/// <see cref="DestinationSender"/> sends each delivery to the destination that owns its subscription, and turns the
/// answer into the outbox's terms: success, a permanent failure, or a transient one (with the destination's
/// <c>Retry-After</c>). One destination failing never holds up another: each delivery is its own POST.
/// </summary>
public abstract class DestinationChannel(IServiceScopeFactory scopes) : IAlertChannel
{
    public abstract AlertChannel Kind { get; }

    public Task<IAlertChannelSession> OpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IAlertChannelSession>(new Session(scopes.CreateAsyncScope(), Kind));

    private sealed class Session(AsyncServiceScope scope, AlertChannel kind) : IAlertChannelSession
    {
        public bool IsUsable => true;

        public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
        {
            _ = message.Kind switch
            {
                DeliveryKind.Alert => true,
                DeliveryKind.Confirmation or DeliveryKind.Digest => throw new AlertChannelException($"A {kind} destination gets alerts only, not a {message.Kind}.", isPermanent: true),
            };

            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var destination = await db.ChannelDestinations.AsNoTracking()
                .SingleOrDefaultAsync(d => d.Subscription!.Email == message.Recipient && d.Kind == kind, cancellationToken)
                ?? throw new AlertChannelException("The destination was removed.", isPermanent: true);
            if (!destination.Enabled)
            {
                throw new AlertChannelException("The destination is disabled.", isPermanent: true);
            }

            var answer = await scope.ServiceProvider.GetRequiredService<DestinationSender>().SendAsync(destination, message, cancellationToken);
            if (!answer.IsSuccess)
            {
                throw new AlertChannelException(answer.Describe(), answer.IsPermanent, retryAfter: answer.RetryAfter);
            }
        }

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
