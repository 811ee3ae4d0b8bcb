using System.IO.Pipelines;
using System.Net;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Renders public pages into the output cache without a reader: after a write, the pages it changed (the dashboard's
/// first page and the changed items' pages, in every language) are rendered for the next content generation before that
/// generation is published, so the first reader after a write is served from the cache instead of waiting for the page.
/// It runs the app's own request pipeline (captured at start, <see cref="PageRendererStartup"/>) with an anonymous
/// in-memory request, so a page rendered ahead is exactly the page a reader would have got.
/// </summary>
public sealed partial class PageRenderer(
    IServiceScopeFactory scopes,
    IOptions<PublicPageCacheOptions> options,
    ILogger<PageRenderer> logger)
{
    private RequestDelegate? _pipeline;

    /// <summary>The longest a write waits for its pages; past it the generation is published and readers render.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    internal void Attach(RequestDelegate pipeline) => _pipeline = pipeline;

    public bool Enabled => _pipeline is not null && options.Value.Enabled && options.Value.RenderAfterWrites;

    /// <summary>Renders <paramref name="paths"/> in every language for <paramref name="generation"/>; failures are logged.</summary>
    public async Task RenderAsync(long generation, IReadOnlyCollection<string> paths)
    {
        if (_pipeline is not { } pipeline)
        {
            return;
        }

        // Not on the writer's flow: the page must not see the editor's request (IHttpContextAccessor) or anything else
        // ambient to it, and the writer waits at most Bound.
        Task rendering;
        using (ExecutionContext.SuppressFlow())
        {
            rendering = Task.Run(() => PublicContentVersion.RenderForAsync(generation, () => RenderAllAsync(pipeline, paths)));
        }

        try
        {
            await rendering.WaitAsync(Bound);
        }
        catch (TimeoutException)
        {
            LogSlow(logger, paths.Count, Bound.TotalSeconds);
        }
    }

    private async Task RenderAllAsync(RequestDelegate pipeline, IReadOnlyCollection<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var language in AppCultures.Supported)
            {
                try
                {
                    var status = await RenderOneAsync(pipeline, path, language);
                    if (status != StatusCodes.Status200OK)
                    {
                        LogNotRendered(logger, path, language, status);
                    }
                }
                catch (Exception exception)
                {
                    LogFailed(logger, exception, path, language);
                }
            }
        }
    }

    private async Task<int> RenderOneAsync(RequestDelegate pipeline, string path, string language)
    {
        var features = new FeatureCollection();
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = "http",
            Path = path,
            Protocol = "HTTP/1.1",
        };
        request.Headers.Host = "localhost";
        request.Headers.AcceptLanguage = language;
        features.Set<IHttpRequestFeature>(request);
        var response = new DiscardedResponse();
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext(features) { RequestServices = scope.ServiceProvider };
        await pipeline(context);
        await response.CompleteAsync();
        return context.Response.StatusCode;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {PageCount} pages ahead of a write took longer than {Seconds} s; readers render them")]
    private static partial void LogSlow(ILogger logger, int pageCount, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {Path} ({Language}) ahead of a write answered {StatusCode}")]
    private static partial void LogNotRendered(ILogger logger, string path, string language, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {Path} ({Language}) ahead of a write failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path, string language);

    /// <summary>A response nobody reads: the output cache keeps its copy; callbacks run as a server would run them.</summary>
    private sealed class DiscardedResponse : IHttpResponseFeature, IHttpResponseBodyFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
        private PipeWriter? _writer;

        public int StatusCode { get; set; } = StatusCodes.Status200OK;

        public string? ReasonPhrase { get; set; }

        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

        [Obsolete("Use IHttpResponseBodyFeature.Stream.")]
        public Stream Body { get; set; } = Stream.Null;

        public bool HasStarted { get; private set; }

        public Stream Stream => Stream.Null;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(Stream.Null);

        public void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public void DisableBuffering()
        {
        }

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (HasStarted)
            {
                return;
            }

            HasStarted = true;
            for (var i = _starting.Count - 1; i >= 0; i--)
            {
                await _starting[i].Callback(_starting[i].State);
            }
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(Stream.Null, path, offset, count, cancellationToken);

        public async Task CompleteAsync()
        {
            await StartAsync();
            for (var i = _completed.Count - 1; i >= 0; i--)
            {
                await _completed[i].Callback(_completed[i].State);
            }

            _completed.Clear();
        }
    }
}
