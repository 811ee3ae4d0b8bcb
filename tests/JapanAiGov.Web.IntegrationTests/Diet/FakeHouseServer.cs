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

namespace JapanAiGov.Web.IntegrationTests.Diet;

/// <summary>
/// A real HTTP server on loopback playing the House of Representatives' bill pages: each path answers the bytes a
/// test sets (Shift_JIS, the charset declared only in a meta tag and never in the header, as the site does), or a
/// scripted fault (a status code, a hang).
/// </summary>
public sealed class FakeHouseServer : IAsyncDisposable
{
    public const string Gian = "internet/itdb_gian.nsf/html/gian/";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _pages = new();
    private readonly ConcurrentDictionary<string, HttpStatusCode> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _floods = new();
    private readonly CancellationTokenSource _stopping = new();

    static FakeHouseServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private FakeHouseServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    public static Encoding ShiftJis => Encoding.GetEncoding("shift_jis");

    public static async Task<FakeHouseServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeHouseServer(app);
        app.Map("/{**path}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Settings pointing the app at this server, with no pacing or backoff and short timeouts.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Diet:BaseUrl"] = BaseUrl.ToString(),
        ["EGov:MinRequestInterval"] = "00:00:00",
        ["EGov:RetryDelay"] = "00:00:00",
        ["EGov:MaxRetryAttempts"] = "1",
        ["EGov:AttemptTimeout"] = "00:00:02",
        ["EGov:TotalRequestTimeout"] = "00:00:05",
    };

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> (under the site root) as Shift_JIS.</summary>
    public void SetPage(string path, string html) => _pages[path] = ShiftJis.GetBytes(html);

    public void SetBytes(string path, byte[] body) => _pages[path] = body;

    public void Fail(string path, HttpStatusCode status) => _faults[path] = status;

    /// <summary>Requests for <paramref name="path"/> are held open until the client gives up.</summary>
    public void Hang(string path) => _faults[path] = 0;

    /// <summary>Requests for <paramref name="path"/> get a 200 whose body never ends (<see cref="EndlessBody"/>).</summary>
    public void Flood(string path) => _floods[path] = true;

    public void Heal(string path)
    {
        _faults.TryRemove(path, out _);
        _floods.TryRemove(path, out _);
    }

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
        Requests.Enqueue(path);
        if (_floods.ContainsKey(path))
        {
            await EndlessBody.WriteAsync(context, "text/html", "<html><head><meta charset=\"Shift_JIS\"></head><body>"u8.ToArray(), _stopping.Token);
            return;
        }

        if (_faults.TryGetValue(path, out var status))
        {
            if (status == 0)
            {
                // Hold the request open until the client gives up or the server stops (a signal, not a timer).
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

            context.Response.StatusCode = (int)status;
            return;
        }

        if (!_pages.TryGetValue(path, out var body))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The site declares its charset only in the page's meta tag.
        context.Response.ContentType = "text/html";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
