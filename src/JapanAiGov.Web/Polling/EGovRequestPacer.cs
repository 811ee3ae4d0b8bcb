using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// Spaces requests to e-Gov at least <see cref="EGovOptions.MinRequestInterval"/> apart across the whole process
/// (e-Gov's etiquette: at most one request a second, in series). A singleton: handlers come and go with the
/// HttpClient factory, the schedule must not. Waits use the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class EGovRequestPacer(IOptions<EGovOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _lastStart;

    /// <summary>Waits until the next request may start, and books that start.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.MinRequestInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_lastStart is { } last)
            {
                var wait = interval - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            _lastStart = time.GetTimestamp();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
