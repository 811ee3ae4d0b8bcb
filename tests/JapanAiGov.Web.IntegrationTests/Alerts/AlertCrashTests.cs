using System.Collections.Concurrent;
using System.Diagnostics;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JapanAiGov.Web.IntegrationTests.Alerts;

/// <summary>
/// Issue 15's fault suite for alerts: the real app in a child process, killed (SIGKILL, no goodbye) at random
/// moments while it sends one alert to a few thousand subscribers on a loopback SMTP server that counts what each
/// recipient got. Nothing may be lost, and each kill may cost at most one duplicate email per sender (the email each
/// of its <see cref="Senders"/> parallel senders had in flight).
/// </summary>
public sealed class AlertCrashTests(ITestOutputHelper output)
{
    private const int Recipients = 2_000;
    private const int Kills = 3;
    private const int Senders = 4;

    [Fact]
    public async Task AppKilledAtRandomPointsDuringDispatch_LosesNothing_AndSendsAtMostOneDuplicatePerSenderPerKill()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "crash.db")}";
        try
        {
            await PrepareAsync(smtp, connectionString);
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = connectionString,
                ["EGov__Enabled"] = "false",
                ["Email__Transport"] = "Smtp",
                ["Smtp__Host"] = "127.0.0.1",
                ["Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp__Security"] = "None",
                ["Alerts__SweepInterval"] = "00:00:01",
                ["Alerts__LeaseDuration"] = "00:00:05",
                ["Alerts__SmtpConnections"] = Senders.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };

            var seed = Environment.TickCount;
            var random = new Random(seed);
            var log = new ConcurrentQueue<string>();
            var clock = Stopwatch.StartNew();
            for (var kill = 1; kill <= Kills; kill++)
            {
                // A random point in this run's share of the work, so every kill lands in the middle of sending.
                var threshold = smtp.Messages.Count + random.Next(20, Recipients / (Kills + 1));
                using var process = Start(environment, log);
                var reached = await smtp.TryWaitForMessagesAsync(threshold, TimeSpan.FromMinutes(5));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                output.WriteLine($"run {kill}: killed at {smtp.Messages.Count} messages, {clock.Elapsed.TotalSeconds:0} s");
                Assert.True(reached, $"Run {kill} never reached {threshold} messages (seed {seed}): {string.Join('\n', log.TakeLast(20))}");
            }

            using (var last = Start(environment, log))
            {
                var finished = await WaitUntilAllSentAsync(connectionString, TimeSpan.FromMinutes(6));
                last.Kill(entireProcessTree: true);
                await last.WaitForExitAsync();
                Assert.True(finished, $"Deliveries still unsent after the last run (seed {seed}): {string.Join('\n', log.TakeLast(20))}");
            }

            var received = smtp.Messages.GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var lost = Enumerable.Range(0, Recipients).Count(i => !received.ContainsKey(SubscriberSeed.Address(i)));
            var duplicates = smtp.Messages.Count - received.Count;
            output.WriteLine($"kills {Kills}, recipients {Recipients}, lost {lost}, duplicates {duplicates}, seed {seed}, {clock.Elapsed.TotalSeconds:0} s");

            Assert.Equal(0, lost);
            Assert.Equal(Recipients, received.Count);
            Assert.InRange(duplicates, 0, Kills * Senders);

            // A re-sent delivery counts every attempt it took: never fewer than the emails its recipient got.
            await using var db = new SqliteConnection(connectionString);
            await db.OpenAsync();
            await using var attempts = db.CreateCommand();
            attempts.CommandText = "SELECT s.Email, d.Attempts FROM Deliveries d JOIN Subscriptions s ON s.Id = d.SubscriptionId";
            await using var reader = await attempts.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Assert.True(reader.GetInt32(1) >= received[reader.GetString(0)], $"{reader.GetString(0)} got {received[reader.GetString(0)]} emails but its delivery shows {reader.GetInt32(1)} attempts");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A migrated database with <see cref="Recipients"/> confirmed subscribers and one status change waiting to be alerted.</summary>
    private static async Task PrepareAsync(LoopbackSmtpServer smtp, string connectionString)
    {
        var settings = smtp.Settings();
        settings["ConnectionStrings:Default"] = connectionString;
        settings["Alerts:DispatcherEnabled"] = "false";
        await using var app = new JapanAiGovFactory(settings);
        await app.WithDbAsync(db => SubscriberSeed.AddConfirmedAsync(db, app.Services.GetRequiredService<AlertTokenProtector>(), Recipients, DateTimeOffset.UtcNow.AddDays(-1)));

        // Alerts go to subscriptions confirmed before the change; the child runs on the real clock.
        app.Time.SetUtcNow(DateTimeOffset.UtcNow);
        await app.ChangeStatusAsync(AlertTestExtensions.PipaSlug, ItemStatus.Confirmed);
    }

    /// <summary>The app as a child process, its last 200 lines of output kept in <paramref name="log"/> (shared with <c>WebhookCrashTests</c>).</summary>
    internal static Process Start(Dictionary<string, string> environment, ConcurrentQueue<string> log)
    {
        var process = AppProcess.Start(environment);
        process.OutputDataReceived += (_, line) => Keep(log, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is not null)
        {
            log.Enqueue(line);
            while (log.Count > 200 && log.TryDequeue(out _))
            {
            }
        }
    }

    internal static async Task<bool> WaitUntilAllSentAsync(string connectionString, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (await tick.WaitForNextTickAsync(CancellationToken.None) && !deadline.IsCancellationRequested)
        {
            await using var db = new SqliteConnection(connectionString);
            await db.OpenAsync();
            await using var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM Deliveries WHERE SentAt IS NULL";
            if ((long)(await count.ExecuteScalarAsync())! == 0 && await AnyDeliveriesAsync(db))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> AnyDeliveriesAsync(SqliteConnection db)
    {
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Deliveries";
        return (long)(await count.ExecuteScalarAsync())! > 0;
    }
}
