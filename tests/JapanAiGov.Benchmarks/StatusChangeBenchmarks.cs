using BenchmarkDotNet.Attributes;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// The write an editor's status-change POST does (item + history + alert event, one transaction) with 10,000
/// confirmed subscribers in the database: it must not grow with the number of subscribers, because fan-out and
/// sending happen afterwards in the background.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class StatusChangeBenchmarks
{
    private AlertsBenchmarkHost _host = null!;

    [GlobalSetup]
    public void Setup() => _host = AlertsBenchmarkHost.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "status change write (item + history + AlertEvent)")]
    public Task ChangeStatus() => _host.ChangeStatusAsync();
}
