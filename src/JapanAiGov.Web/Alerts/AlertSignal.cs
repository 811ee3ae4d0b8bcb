namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Wakes the alert dispatcher right after a change commits, so alerts go out at once instead of at the next
/// sweep. Losing a signal is harmless: the interval sweep reads the durable rows anyway.
/// </summary>
public sealed class AlertSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: one wake-up covers both changes.
        }
    }

    /// <summary>Returns true when signalled, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
