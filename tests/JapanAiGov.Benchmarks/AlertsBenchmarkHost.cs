using System.Buffers;
using System.Net;
using System.Net.Sockets;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// The app's real services (same registrations as Program.cs, no HTTP server) on a temporary SQLite file with
/// 10,000 confirmed subscribers, sending to an SMTP server on 127.0.0.1 that accepts and counts every message: the
/// SmtpServer package, or <see cref="LoopbackSmtpSink"/> (<see cref="SmtpSink"/>).
/// </summary>
public sealed class AlertsBenchmarkHost : IAsyncDisposable
{
    public const int Subscribers = 10_000;
    public const string Slug = "profit-based-penalties";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "japanaigov-bench", Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _smtpStop = new();
    private WebApplication _app = null!;
    private SmtpServer.SmtpServer? _smtp;
    private LoopbackSmtpSink? _sink;
    private int _received;

    public IServiceProvider Services => _app.Services;

    public int Received => _sink?.Received ?? Volatile.Read(ref _received);

    public int SmtpPort { get; private set; }

    public static async Task<AlertsBenchmarkHost> StartAsync(SmtpSink sink = SmtpSink.SmtpServer)
    {
        var host = new AlertsBenchmarkHost();
        await host.InitializeAsync(sink);
        return host;
    }

    private async Task InitializeAsync(SmtpSink sink)
    {
        Directory.CreateDirectory(_directory);
        if (sink == SmtpSink.Minimal)
        {
            _sink = new LoopbackSmtpSink();
            SmtpPort = _sink.Port;
        }
        else
        {
            SmtpPort = FreePort();
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, SmtpPort))).Build();
            var smtpServices = new SmtpServer.ComponentModel.ServiceProvider();
            smtpServices.Add(new CountingStore(this));
            smtpServices.Add(new NoDelayListenerFactory());
            _smtp = new SmtpServer.SmtpServer(options, smtpServices);
            _ = _smtp.StartAsync(_smtpStop.Token);
        }

        var port = SmtpPort;

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_directory, "bench.db")}",
            ["EGov:Enabled"] = "false",
            ["Email:Transport"] = "Smtp",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Alerts:DispatcherEnabled"] = "false",
        });
        builder.Services.AddData();
        builder.Services.AddWeb();
        builder.Services.AddAccounts();
        builder.Services.AddAlerts();
        builder.Services.AddChanges();
        builder.Services.AddSources();
        builder.Services.AddPolling();
        builder.Services.AddPublicComments();
        builder.Services.AddDiet();
        builder.Services.AddAnalysis();
        builder.Services.AddAppLocalization();
        _app = builder.Build();
        await _app.InitializeDatabaseAsync();
        await SeedSubscribersAsync();
    }

    private async Task SeedSubscribersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<AlertTokenProtector>();
        await SubscriberSeed.AddConfirmedAsync(db, protector, Subscribers, TimeProvider.System.GetUtcNow().AddDays(-1));
    }

    /// <summary>What the editor's status-change POST writes: the item, its history row and the alert event, in one SaveChanges (as the status page does).</summary>
    public async Task ChangeStatusAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.Items.SingleAsync(i => i.Slug == Slug);
        var next = item.Status == ItemStatus.Reported ? ItemStatus.PendingMetiAnnex : ItemStatus.Reported;
        var now = TimeProvider.System.GetUtcNow();
        var change = item.ChangeStatus(next, "Benchmark status change with a reason.", null, null, "Benchmark", null, now);
        db.AlertEvents.Add(AlertEvent.For(change));
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<WakeUpSignal<AlertDispatcher>>().Notify();
    }

    /// <summary>Clears earlier deliveries and marks earlier events done, so the next fan-out is exactly one event.</summary>
    public async Task ResetOutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Deliveries.ExecuteDeleteAsync();
        var now = TimeProvider.System.GetUtcNow();
        await db.AlertEvents.Where(e => e.FannedOutAt == null).ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOutAt, now));
    }

    public async Task<int> FanOutAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertFanOut>().RunAsync(CancellationToken.None);
    }

    /// <summary>One dispatcher pass with <paramref name="smtpConnections"/> parallel senders (Alerts:SmtpConnections), optionally another Alerts:BatchSize.</summary>
    public async Task<DispatchResult> DispatchAsync(int smtpConnections, int? batchSize = null)
    {
        var options = Services.GetRequiredService<IOptions<AlertsOptions>>().Value;
        options.SmtpConnections = smtpConnections;
        options.BatchSize = batchSize ?? options.BatchSize;
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>
    /// Every pending delivery's email, composed, rendered and put in wire form exactly as a sender would, ready to send:
    /// what <see cref="SmtpSinkRun"/> sends to measure the sink alone.
    /// </summary>
    public async Task<List<MimeMessage>> RenderPendingEmailsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<AlertMessageComposer>();
        var channel = scope.ServiceProvider.GetServices<IAlertChannel>().OfType<EmailChannel>().Single();
        var wire = scope.ServiceProvider.GetRequiredService<WireFormat>();
        var deliveries = await db.Deliveries.AsNoTracking().Include(d => d.Subscription).Where(d => d.Status == DeliveryStatus.Pending).OrderBy(d => d.Id).ToListAsync();
        List<MimeMessage> emails = [];
        foreach (var delivery in deliveries)
        {
            var email = channel.Render(await composer.ComposeAsync(delivery, CancellationToken.None) ?? throw new InvalidOperationException("Nothing to send."));
            wire.Prepare(email);
            emails.Add(email);
        }

        return emails;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _smtp?.Shutdown();
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }

        await _smtpStop.CancelAsync();
        _smtpStop.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class CountingStore(AlertsBenchmarkHost host) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref host._received);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
