using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JapanAiGov.Web.IntegrationTests.Polling;

/// <summary>
/// A real HTTP server on loopback (Kestrel, port 0) playing e-Gov Law API v2: /laws, /law_revisions/{id} and
/// /law_data/{id} answer from content a test sets (the real samples by default), with e-Gov's error bodies for
/// "nothing found", gzip when asked, and scripted faults: status codes, hangs and malformed bodies.
/// </summary>
public sealed class FakeEGovServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _revisions = new();
    private readonly ConcurrentDictionary<string, string> _lawData = new();
    private readonly ConcurrentDictionary<string, string> _laws = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();
    private readonly ConcurrentDictionary<string, Fault> _standingFaults = new();
    private readonly ConcurrentDictionary<string, bool> _floods = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _hanging;

    private FakeEGovServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The clock that stamps <see cref="RecordedRequest.ArrivedAt"/> and waits <see cref="ResponseTime"/> (a test's fake clock, or real time).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>How long, on <see cref="Time"/>, e-Gov takes before it answers each request.</summary>
    public TimeSpan ResponseTime { get; set; }

    /// <summary>Requests being held open by <see cref="AlwaysHang"/> right now.</summary>
    public int HangingRequests => Volatile.Read(ref _hanging);

    /// <summary>Settings pointing the app at this server, with no pacing and no retry backoff so tests run at full speed.</summary>
    public Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["EGov:BaseUrl"] = BaseUrl.ToString(),
            ["EGov:MinRequestInterval"] = "00:00:00",
            ["EGov:RetryDelay"] = "00:00:00",
            ["EGov:MaxRetryAttempts"] = "3",
            ["EGov:AttemptTimeout"] = "00:00:10",
            ["EGov:TotalRequestTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<FakeEGovServer> StartAsync()
    {
        // No configuration file watching: inotify instances are a scarce per-user resource on a shared test machine.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeEGovServer(app);
        app.Map("/api/2/{**path}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/api/2/");
        return server;
    }

    /// <summary>A server that knows PIPA and the AI Promotion Act as the samples show them, with text for each newest revision.</summary>
    public static async Task<FakeEGovServer> StartWithSamplesAsync()
    {
        var server = await StartAsync();
        server.SetRevisions(EGovTestData.PipaLawId, EGovTestData.Sample("law_revisions-415AC0000000057.json"));
        server.SetLawData(EGovTestData.PipaNewestRevisionId, EGovTestData.PipaTextBefore());
        server.SetRevisions(EGovTestData.AiActLawId, EGovTestData.Sample("law_revisions-507AC0000000053.json"));
        server.SetLawData("507AC0000000053_20250901_000000000000000", EGovTestData.Sample("law_data-507AC0000000053.json"));
        server.SetLaws(EGovTestData.PipaLawId, EGovTestData.Sample("laws-415AC0000000057.json"));
        return server;
    }

    public void SetRevisions(string lawId, string json) => _revisions[lawId] = json;

    public void SetLawData(string lawIdOrRevisionId, string json) => _lawData[lawIdOrRevisionId] = json;

    public void SetLaws(string lawId, string json) => _laws[lawId] = json;

    /// <summary>The next <paramref name="times"/> requests for <paramref name="path"/> (e.g. "law_revisions/415AC0000000057") get this answer.</summary>
    public void Fail(string path, HttpStatusCode status, string body, int times)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<Fault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(new Fault(status, body, Hang: false));
        }
    }

    /// <summary>Every request for <paramref name="path"/> gets this answer until <see cref="Heal"/>.</summary>
    public void AlwaysFail(string path, HttpStatusCode status, string body) => _standingFaults[path] = new Fault(status, body, Hang: false);

    /// <summary>Every request for <paramref name="path"/> hangs until the client gives up.</summary>
    public void AlwaysHang(string path) => _standingFaults[path] = new Fault(HttpStatusCode.OK, string.Empty, Hang: true);

    /// <summary>Every request for <paramref name="path"/> gets a 200 whose body never ends (<see cref="EndlessBody"/>).</summary>
    public void AlwaysFlood(string path) => _floods[path] = true;

    public void Heal(string path)
    {
        _standingFaults.TryRemove(path, out _);
        _floods.TryRemove(path, out _);
    }

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = (string?)context.Request.RouteValues["path"] ?? string.Empty;
        var request = new RecordedRequest(
            path,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.AcceptEncoding.ToString(),
            Time.GetUtcNow());
        Requests.Enqueue(request);
        if (_floods.ContainsKey(path))
        {
            await EndlessBody.WriteAsync(context, "application/json; charset=utf-8", "{\"law_info\": "u8.ToArray(), _stopping.Token);
            return;
        }

        var fault = _standingFaults.TryGetValue(path, out var standing) ? standing
            : _faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next
            : null;
        if (fault is { Hang: true })
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            Interlocked.Increment(ref _hanging);
            try
            {
                // Hold the request open until the client gives up or the server stops.
                await linked.Token.WhenCanceledAsync();
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                Interlocked.Decrement(ref _hanging);
            }

            return;
        }

        if (ResponseTime > TimeSpan.Zero)
        {
            // A slow e-Gov: the answer leaves when the server's clock (the test's fake one, or real time) has moved on.
            var due = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var timer = Time.CreateTimer(_ => due.TrySetResult(), null, ResponseTime, Timeout.InfiniteTimeSpan);
            await due.Task.WaitAsync(context.RequestAborted);
        }

        // Stamped before the answer is written, so the client cannot have read it before this instant.
        request.AnsweredAt = Time.GetUtcNow();
        if (fault is not null)
        {
            await WriteAsync(context, fault.Status, fault.Body);
            return;
        }

        var (status, body) = Answer(path, context.Request.Query);
        await WriteAsync(context, status, body);
    }

    private (HttpStatusCode Status, string Body) Answer(string path, IQueryCollection query)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var endpoint = slash < 0 ? path : path[..slash];
        var id = slash < 0 ? string.Empty : path[(slash + 1)..];
        switch (endpoint)
        {
            case "laws":
                var lawId = query["law_id"].ToString();
                return _laws.TryGetValue(lawId, out var laws) ? (HttpStatusCode.OK, laws) : (HttpStatusCode.OK, EGovTestData.Sample("laws-offset-past-end.json"));
            case "law_revisions":
                return _revisions.TryGetValue(id, out var revisions) ? (HttpStatusCode.OK, revisions) : (HttpStatusCode.NotFound, EGovTestData.Sample("error-404-no-results.json"));
            case "law_data":
                return _lawData.TryGetValue(id, out var data) ? (HttpStatusCode.OK, data) : (HttpStatusCode.NotFound, EGovTestData.Sample("error-404-law_data-not-found.json"));
            default:
                return (HttpStatusCode.NotFound, """{"code":"404001","message":"取得結果が０件です。"}""");
        }
    }

    private static async Task WriteAsync(HttpContext context, HttpStatusCode status, string body)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body);
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.ContentEncoding = "gzip";
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(bytes);
            }

            bytes = buffer.ToArray();
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    public sealed record RecordedRequest(string Path, string Query, string UserAgent, string AcceptEncoding, DateTimeOffset ArrivedAt)
    {
        /// <summary>When the server began to send its answer (or its scripted fault); null while it is still working on it.</summary>
        public DateTimeOffset? AnsweredAt { get; set; }
    }

    private sealed record Fault(HttpStatusCode Status, string Body, bool Hang);
}
