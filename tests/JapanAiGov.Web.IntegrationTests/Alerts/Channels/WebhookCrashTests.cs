using System.Collections.Concurrent;
using System.Globalization;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JapanAiGov.Web.IntegrationTests.Alerts.Channels;

/// <summary>
/// The email crash suite's promise for webhooks: the real app in a child process, killed (SIGKILL) while it POSTs one
/// alert to a few hundred webhook destinations on a loopback receiver. No destination may miss it, and each kill may
/// cost at most one duplicate per sender — a duplicate that carries the same webhook-id, so receivers can drop it.
/// </summary>
public sealed class WebhookCrashTests(ITestOutputHelper output)
{
    private const int Destinations = 300;
    private const int Kills = 2;
    private const int Senders = 4;

    [Fact]
    public async Task AppKilledDuringWebhookDispatch_LosesNothing_AndDuplicatesAreBoundedAndKeepTheirId()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "crash.db")}";
        try
        {
            await PrepareAsync(receiver, connectionString);
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = connectionString,
                ["EGov__Enabled"] = "false",
                ["Diet__Enabled"] = "false",
                ["Channels__AllowPrivateNetworks"] = "true",
                ["Alerts__SweepInterval"] = "00:00:01",
                ["Alerts__LeaseDuration"] = "00:00:05",
                ["Alerts__SmtpConnections"] = Senders.ToString(CultureInfo.InvariantCulture),
            };

            var seed = Environment.TickCount;
            var random = new Random(seed);
            var log = new ConcurrentQueue<string>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                var threshold = receiver.Requests.Count + random.Next(10, Destinations / (Kills + 1));
                using var process = AlertCrashTests.Start(environment, log);
                var reached = await WaitForRequestsAsync(receiver, threshold, TimeSpan.FromMinutes(3));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                output.WriteLine($"run {kill}: killed at {receiver.Requests.Count} requests");
                Assert.True(reached, $"Run {kill} never reached {threshold} requests (seed {seed}): {string.Join('\n', log.TakeLast(20))}");
            }

            using (var last = AlertCrashTests.Start(environment, log))
            {
                var finished = await AlertCrashTests.WaitUntilAllSentAsync(connectionString, TimeSpan.FromMinutes(4));
                last.Kill(entireProcessTree: true);
                await last.WaitForExitAsync();
                Assert.True(finished, $"Deliveries still unsent after the last run (seed {seed}): {string.Join('\n', log.TakeLast(20))}");
            }

            var byPath = receiver.Requests.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var lost = Enumerable.Range(0, Destinations).Count(i => !byPath.ContainsKey($"hook/{i}"));
            var duplicates = receiver.Requests.Count - byPath.Count;
            output.WriteLine($"kills {Kills}, destinations {Destinations}, lost {lost}, duplicates {duplicates}, seed {seed}");

            Assert.Equal(0, lost);
            Assert.InRange(duplicates, 0, Kills * Senders);
            Assert.All(byPath.Values, requests => Assert.Single(requests.Select(r => r.Headers["webhook-id"]).Distinct()));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A migrated database with <see cref="Destinations"/> webhook destinations and one status change waiting.</summary>
    private static async Task PrepareAsync(LoopbackReceiver receiver, string connectionString)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString, ["Alerts:DispatcherEnabled"] = "false" });

        // Destinations follow changes made after they were created; the child runs on the real clock.
        app.Time.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(-1));
        for (var i = 0; i < Destinations; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<DestinationService>()
                .CreateAsync(new DestinationRequest("webhook", receiver.Url($"hook/{i}"), null, null, null, null, "test"), CancellationToken.None);
            Assert.NotNull(created.Destination);
        }

        app.Time.SetUtcNow(DateTimeOffset.UtcNow);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
    }

    private static async Task<bool> WaitForRequestsAsync(LoopbackReceiver receiver, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (receiver.Requests.Count < count && await tick.WaitForNextTickAsync(CancellationToken.None) && !deadline.IsCancellationRequested)
        {
        }

        return receiver.Requests.Count >= count;
    }
}
