using System.Collections.Concurrent;
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

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

/// <summary>
/// A real HTTP server on loopback (Kestrel, port 0) playing e-Gov's public-comment site: <c>/rss/{file}</c> answers
/// with the feed a test wrote, 404 for others, and scripted faults (a status for the next N requests).
/// </summary>
public sealed class FakePublicCommentServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _feeds = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpStatusCode>> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _floods = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakePublicCommentServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Settings pointing the watcher at this server, with no pacing and no retry backoff.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["PublicComments:BaseUrl"] = BaseUrl.ToString(),
        ["EGov:MinRequestInterval"] = "00:00:00",
        ["EGov:RetryDelay"] = "00:00:00",
        ["EGov:MaxRetryAttempts"] = "2",
        ["EGov:AttemptTimeout"] = "00:00:10",
        ["EGov:TotalRequestTimeout"] = "00:00:30",
    };

    public static async Task<FakePublicCommentServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakePublicCommentServer(app);
        app.Map("/rss/{file}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public void SetConsultations(string xml) => _feeds["pcm_list.xml"] = xml;

    public void SetResults(string xml) => _feeds["pcm_result.xml"] = xml;

    /// <summary>The next <paramref name="times"/> requests for the file answer <paramref name="status"/>.</summary>
    public void Fail(string file, HttpStatusCode status, int times)
    {
        var queue = _faults.GetOrAdd(file, _ => new ConcurrentQueue<HttpStatusCode>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(status);
        }
    }

    /// <summary>Every request for the file gets a 200 whose body never ends (<see cref="EndlessBody"/>).</summary>
    public void Flood(string file) => _floods[file] = true;

    public int CountRequests(string file) => Requests.Count(r => r == file);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var file = (string?)context.Request.RouteValues["file"] ?? string.Empty;
        Requests.Enqueue(file);
        if (_floods.ContainsKey(file))
        {
            await EndlessBody.WriteAsync(context, "application/xml; charset=UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel>"u8.ToArray(), _stopping.Token);
            return;
        }

        if (_faults.TryGetValue(file, out var queue) && queue.TryDequeue(out var status))
        {
            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsync("<html><body>Service Unavailable</body></html>");
            return;
        }

        if (!_feeds.TryGetValue(file, out var xml))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/xml; charset=UTF-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(xml));
    }
}
