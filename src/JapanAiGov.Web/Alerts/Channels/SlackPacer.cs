using System.Collections.Concurrent;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// Slack accepts about one message per second per channel: messages to one Slack destination leave this process at
/// least <see cref="Interval"/> apart, whichever sender sends them. Several instances each keep this pace on their own.
/// </summary>
public sealed class SlackPacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<long, Turn> _turns = new();

    public async Task WaitTurnAsync(long destinationId, CancellationToken cancellationToken)
    {
        var turn = _turns.GetOrAdd(destinationId, _ => new Turn());
        await turn.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = turn.Next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            turn.Next = time.GetUtcNow() + Interval;
        }
        finally
        {
            turn.Lock.Release();
        }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset Next { get; set; }
    }
}
