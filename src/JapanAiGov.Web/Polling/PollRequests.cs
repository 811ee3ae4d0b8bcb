namespace JapanAiGov.Web.Polling;

/// <summary>"Poll now": wakes the poller service for a pass outside its schedule. Several requests before it wakes make one pass.</summary>
public sealed class PollRequests : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Request()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already requested and not yet picked up.
        }
    }

    /// <summary>True when a pass was requested, false when <paramref name="timeout"/> (measured by <paramref name="time"/>) passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            await _signal.WaitAsync(cancellationToken);
            return true;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return _signal.Wait(0, CancellationToken.None);
        }

        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _signal.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _signal.Dispose();
}
