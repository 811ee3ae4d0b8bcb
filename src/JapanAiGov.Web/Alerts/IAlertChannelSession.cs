namespace JapanAiGov.Web.Alerts;

/// <summary>An open connection to a channel's destination, reused by one sender for many messages.</summary>
public interface IAlertChannelSession : IAsyncDisposable
{
    /// <summary>False once the session can no longer send (e.g. the connection dropped); open a new one.</summary>
    bool IsUsable { get; }

    /// <exception cref="AlertChannelException">The message was not accepted (permanently or for now), or can never be rendered for this channel (permanent).</exception>
    Task SendAsync(AlertMessage message, CancellationToken cancellationToken);
}
