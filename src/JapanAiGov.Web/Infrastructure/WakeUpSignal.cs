namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Wakes the background work named by <typeparamref name="TWorker"/> outside its schedule: the alert dispatcher right
/// after a change commits (<c>WakeUpSignal&lt;AlertDispatcher&gt;</c>), the e-Gov poller when an editor presses "Poll now"
/// (<c>WakeUpSignal&lt;EGovPoller&gt;</c>). Several notifications before it wakes make one wake-up; a lost one is harmless,
/// because each loop also runs on its own schedule from durable rows. One per process: on several instances it wakes
/// only this instance's worker (docs/operations.md).
/// </summary>
/// <typeparam name="TWorker">Only tells the signals apart (one singleton per worker); never used.</typeparam>
public sealed class WakeUpSignal<TWorker> : IWakeUp, IDisposable
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
            // Already signalled and not yet picked up: one wake-up covers both.
        }
    }

    /// <summary>True when woken, false when <paramref name="timeout"/> (measured by <paramref name="time"/>) passed first.</summary>
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
