namespace JapanAiGov.Web.Sources;

/// <summary>
/// A <see cref="PollerLease"/> this instance holds: renewed in the background every third of its duration (on the
/// injected <see cref="TimeProvider"/>), so it stays short and a crashed holder's lease expires within one duration.
/// <see cref="Lost"/> is cancelled when a renewal finds the lease gone (another instance took it over after renewals
/// failed for a whole duration): the holder must stop. Disposing stops renewing and releases the lease.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly PollerLeaseStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _renewing;

    internal HeldLease(PollerLeaseStore store, string name, string holder, TimeSpan duration, string? previousHolder, TimeProvider time, ILogger logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        Name = name;
        Holder = holder;
        Duration = duration;
        PreviousHolder = previousHolder;
        _renewing = RenewUntilStoppedAsync();
    }

    public string Name { get; }

    /// <summary>This holder's id: machine, process id and a random part, unique per acquisition.</summary>
    public string Holder { get; }

    public TimeSpan Duration { get; }

    /// <summary>The holder whose expired lease was taken over (it died or hung mid-pass), or null when the lease was free.</summary>
    public string? PreviousHolder { get; }

    /// <summary>Cancelled when this instance has lost the lease: stop working.</summary>
    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        try
        {
            await _store.ReleaseAsync(Name, Holder, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // It expires on its own within one duration.
            _logger.LogWarning("Could not release the {LeaseName} lease: {Reason}", Name, exception.Message);
        }

        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewUntilStoppedAsync()
    {
        var lastRenewed = _time.GetTimestamp();
        try
        {
            while (true)
            {
                await Task.Delay(Duration / 3, _time, _stop.Token);
                bool? renewed = null;
                try
                {
                    renewed = await _store.RenewAsync(Name, Holder, Duration, _stop.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database was busy or away: try again at the next tick, while the lease may still be ours.
                    _logger.LogWarning("Could not renew the {LeaseName} lease: {Reason}", Name, exception.Message);
                }

                if (renewed == true)
                {
                    lastRenewed = _time.GetTimestamp();
                    continue;
                }

                if (renewed == false || _time.GetElapsedTime(lastRenewed) >= Duration)
                {
                    _logger.LogWarning("This instance lost the {LeaseName} lease; another instance may take over, so its pass stops", Name);
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the pass is over.
        }
    }
}
