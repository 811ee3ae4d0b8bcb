using System.Diagnostics;
using System.Globalization;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// A quick, single-shot figure outside BenchmarkDotNet: fan out one change to 10,000 subscribers and send them all,
/// printing the time of each step and alerts per second. Run: <c>dotnet run -c Release --project
/// tests/JapanAiGov.Benchmarks -- alerts-run [rounds] [batch size] [smtpserver|minimal]</c> (the sink: see
/// <see cref="SmtpSink"/>; <see cref="SmtpSinkRun"/> measures it alone).
/// </summary>
public static class AlertDispatchRun
{
    public static async Task RunAsync(string[] args)
    {
        var (numbers, sink) = BenchmarkArguments.Parse(args);
        var rounds = numbers.Count > 0 ? numbers[0] : 4;
        int? batchSize = numbers.Count > 1 ? numbers[1] : null;
        await using var host = await AlertsBenchmarkHost.StartAsync(sink);
        for (var round = 1; round <= rounds; round++)
        {
            await host.ResetOutboxAsync();
            var clock = Stopwatch.StartNew();
            await host.ChangeStatusAsync();
            var change = clock.Elapsed;
            clock.Restart();
            var queued = await host.FanOutAsync();
            var fanOut = clock.Elapsed;
            clock.Restart();
            var connections = round % 2 == 1 ? 1 : 4;
            var result = await host.DispatchAsync(connections, batchSize);
            var dispatch = clock.Elapsed;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}, {connections} connection(s), {sink} sink: status change {change.TotalMilliseconds:0.0} ms, fan-out {queued} in {fanOut.TotalMilliseconds:0} ms, sent {result.Sent} in {dispatch.TotalSeconds:0.00} s = {result.Sent / dispatch.TotalSeconds:0} alerts/s"));
        }
    }
}
