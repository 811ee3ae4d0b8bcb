using BenchmarkDotNet.Attributes;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// One status change followed by 10,000 confirmed subscribers: the fan-out into 10,000 deliveries, and sending all
/// of them to an SMTP server on loopback (alerts per second = 10,000 / the dispatch time).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class AlertDispatchBenchmarks
{
    private AlertsBenchmarkHost _host = null!;

    /// <summary>Alerts:SmtpConnections: 1 is the dispatcher before issue 14 (one sender), 4 the default.</summary>
    [Params(1, 4)]
    public int SmtpConnections { get; set; }

    [GlobalSetup]
    public void Setup() => _host = AlertsBenchmarkHost.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(FanOut))]
    public void BeforeFanOut()
    {
        _host.ResetOutboxAsync().GetAwaiter().GetResult();
        _host.ChangeStatusAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "fan-out of one event to 10,000 deliveries")]
    public async Task FanOut()
    {
        var queued = await _host.FanOutAsync();
        if (queued != AlertsBenchmarkHost.Subscribers)
        {
            throw new InvalidOperationException($"Expected {AlertsBenchmarkHost.Subscribers} deliveries, queued {queued}.");
        }
    }

    [IterationSetup(Target = nameof(Dispatch))]
    public void BeforeDispatch()
    {
        BeforeFanOut();
        _host.FanOutAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "send 10,000 alerts to loopback SMTP")]
    public async Task Dispatch()
    {
        var result = await _host.DispatchAsync(SmtpConnections);
        if (result.Sent != AlertsBenchmarkHost.Subscribers)
        {
            throw new InvalidOperationException($"Expected {AlertsBenchmarkHost.Subscribers} sent, got {result.Sent} ({result}).");
        }
    }
}
