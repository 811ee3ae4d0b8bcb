using System.Collections.Concurrent;
using System.Net;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JapanAiGov.Web.IntegrationTests.Alerts.Channels;

/// <summary>
/// A real HTTP server on loopback playing a webhook receiver, Slack or Teams: records every request (path, headers,
/// body) and answers each path from a script of answers (a status, an optional Retry-After, or a hang), then 200.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Answer>> _scripts = new();
    private readonly ConcurrentDictionary<string, int> _defaults = new();
    private readonly CancellationTokenSource _stopping = new();

    private LoopbackReceiver(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app);
        app.Map("/{**path}", receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return receiver;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>The next requests to <paramref name="path"/> get these answers in turn; later ones get the path's default (200).</summary>
    public void Script(string path, params Answer[] answers)
    {
        var queue = _scripts.GetOrAdd(path, _ => new ConcurrentQueue<Answer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public void AlwaysAnswer(string path, int status) => _defaults[path] = status;

    public IReadOnlyList<Received> To(string path) => Requests.Where(r => r.Path == path).ToList();

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
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new Received(path, context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
        var answer = _scripts.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : new Answer(_defaults.GetValueOrDefault(path, 200));
        if (answer.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await linked.Token.WhenCanceledAsync();
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(answer.Body ?? (answer.Status < 300 ? "ok" : $"error {answer.Status}"));
    }

    public sealed record Answer(int Status, int? RetryAfterSeconds = null, bool Hang = false, string? Body = null)
    {
        public static Answer Hanging => new(0, Hang: true);
    }

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body);
}
