using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// Sends requests to e-Gov one at a time across the whole process, each starting at least
/// <see cref="EGovOptions.MinRequestInterval"/> after the previous one <em>finished</em> (e-Gov's etiquette: at most one
/// request a second, in series). Counting from the end of the previous answer rather than from its start means neither
/// connection set-up nor a slow answer can shorten the gap e-Gov sees. A singleton: handlers come and go with the
/// HttpClient factory, the schedule must not. Waits use the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class EGovRequestPacer(IOptions<EGovOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _lastFinished;

    /// <summary>Waits for its turn, then runs <paramref name="request"/> (the whole exchange, answer included) alone.</summary>
    public async Task<T> InTurnAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        var interval = options.Value.MinRequestInterval;
        if (interval <= TimeSpan.Zero)
        {
            return await request(cancellationToken);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_lastFinished is { } last)
            {
                var wait = interval - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            try
            {
                return await request(cancellationToken);
            }
            finally
            {
                _lastFinished = time.GetTimestamp();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
