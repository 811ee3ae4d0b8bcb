using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// The commonest request answered before the pipeline: an anonymous reader asking again for a public page. The output
/// cache can answer only after localization, authentication and routing (its key needs the reader's language, its policy
/// the page's endpoint, and it must never serve a signed-in editor); those steps and its own lookup were about a quarter of
/// a cached request's CPU (docs/benchmarks.md, issue 27, lever 6). This keeps a copy of each public page answered to an
/// anonymous reader, keyed on the raw inputs those steps decide from — the request target, the culture cookie,
/// Accept-Language, the scheme and X-Forwarded-Proto — and answers a request with exactly those inputs at once.
/// A request with any other cookie, or an Authorization, Origin, conditional or range header, goes the whole way (it may
/// be signed in, or need another answer). A copy belongs to one <see cref="PublicContentVersion"/> generation and lives
/// no longer than the output cache's copy would (OutputCache:Duration), so nothing is served here that the output cache
/// would not serve. Bounded: <see cref="MaxBytes"/> in all, <see cref="MaxPageBytes"/> a page.
/// </summary>
public sealed class PublicPageShortcut(PublicContentVersion version, IOptions<PublicPageCacheOptions> options, TimeProvider time)
{
    /// <summary>The most memory the copies take (bodies, headers and keys), about what 500 dashboards take.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public const int MaxPageBytes = 256 * 1024;

    /// <summary>A longer key (an Accept-Language of hundreds of characters) is no reader's: such requests go the whole way.</summary>
    public const int MaxKeyLength = 2_048;

    /// <summary>Headers the server writes for each answer, never copied from one answer to the next.</summary>
    private static readonly HashSet<string> PerAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive,
    };

    private static readonly string[] AnswerableOnlyWithout =
    [
        HeaderNames.Authorization, HeaderNames.Origin, HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince, HeaderNames.IfMatch,
        HeaderNames.IfUnmodifiedSince, HeaderNames.IfRange, HeaderNames.Range,
    ];

    private static readonly string CultureCookie = CookieRequestCultureProvider.DefaultCookieName + "=";

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private readonly Lock _storing = new();
    private long _bytes;
    private long _answered;

    /// <summary>How many requests were answered here (operations and tests).</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>How many copies are kept now, of this and older generations.</summary>
    public int Count => _pages.Count;

    /// <summary>The memory the copies take now (<see cref="MaxBytes"/> at most).</summary>
    public long Bytes
    {
        get
        {
            lock (_storing)
            {
                return _bytes;
            }
        }
    }

    /// <summary>First in the pipeline, after transport rules and request logging: answers from a copy, or marks the request as one to copy.</summary>
    public Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        if (KeyOf(context) is not { } key)
        {
            return next(context);
        }

        // The generation is read before anything else, as the output cache's policy reads it: a page read after a write
        // may be kept under the generation before it (and dropped with it), never the other way round.
        var generation = version.Generation;
        var now = time.GetUtcNow();
        if (_pages.TryGetValue(key, out var page) && page.Generation == generation && now < page.ExpiresAt)
        {
            Interlocked.Increment(ref _answered);
            return page.WriteAsync(context.Response, now);
        }

        context.Features.Set(new Candidate(key, generation));
        return next(context);
    }

    /// <summary>Just before the output cache: copies the answer to a candidate request for a public page, as the reader gets it.</summary>
    public async Task CopyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<Candidate>() is not { } candidate || !IsPublicPage(context) || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var copy = new CopyingResponseBody(body, MaxPageBytes);
        context.Features.Set<IHttpResponseBodyFeature>(copy);
        try
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.HasStarted)
            {
                // Headers are final once the response starts (its OnStarting callbacks have run). Only an answer that
                // is kept is started here: an error's page is still to be written by the status-code pages outside.
                await context.Response.StartAsync();
            }
        }
        finally
        {
            context.Features.Set(body);
        }

        Keep(candidate, context.Response, copy);
    }

    private void Keep(Candidate candidate, HttpResponse response, CopyingResponseBody copy)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || copy.Copy() is not { } bytes)
        {
            return;
        }

        // An answer the output cache served was already that old: the copy lives only as long as the cache's would.
        var age = long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        var storedAt = time.GetUtcNow() - age;
        var expiresAt = storedAt + options.Value.Duration;
        if (expiresAt <= time.GetUtcNow())
        {
            return;
        }

        var page = new Page(candidate.Generation, storedAt, expiresAt, response.Headers.Where(h => !PerAnswer.Contains(h.Key)).ToArray(), bytes);
        var size = page.Size + (candidate.Key.Length * sizeof(char));
        lock (_storing)
        {
            if (_bytes + size > MaxBytes)
            {
                DropOutdated(candidate.Generation);
                if (_bytes + size > MaxBytes)
                {
                    return;
                }
            }

            if (_pages.TryGetValue(candidate.Key, out var replaced))
            {
                _bytes -= replaced.Size + (candidate.Key.Length * sizeof(char));
            }

            _pages[candidate.Key] = page;
            _bytes += size;
        }
    }

    /// <summary>Drops the copies no request can be answered from any more: of older generations, or expired.</summary>
    private void DropOutdated(long generation)
    {
        var now = time.GetUtcNow();
        foreach (var (key, page) in _pages)
        {
            if ((page.Generation < generation || page.ExpiresAt <= now) && _pages.TryRemove(key, out _))
            {
                _bytes -= page.Size + (key.Length * sizeof(char));
            }
        }
    }

    /// <summary>The request's key, or null when it must go the whole way.</summary>
    private static string? KeyOf(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method))
        {
            return null;
        }

        var headers = request.Headers;
        foreach (var name in AnswerableOnlyWithout)
        {
            if (headers.ContainsKey(name))
            {
                return null;
            }
        }

        var cookie = headers.Cookie;
        if (cookie.Count > 1 || (cookie.Count == 1 && !IsOnlyTheCultureCookie(cookie[0])))
        {
            return null;
        }

        // The path and query as routing and the output cache read them. None of these parts can hold a line feed (the
        // path is escaped; Kestrel refuses one in the query and in header values).
        var key = string.Join(
            '\n',
            request.Scheme,
            request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.Value,
            cookie.ToString(),
            headers.AcceptLanguage.ToString(),
            headers["X-Forwarded-Proto"].ToString());
        return key.Length <= MaxKeyLength ? key : null;
    }

    private static bool IsOnlyTheCultureCookie(string? cookie) =>
        cookie is not null && cookie.StartsWith(CultureCookie, StringComparison.Ordinal) && !cookie.Contains(';', StringComparison.Ordinal);

    private static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PublicPageCache.Policy;

    /// <summary>A request that may be answered from a copy next time, with the generation it was read in.</summary>
    private sealed record Candidate(string Key, long Generation);

    private sealed class Page(long generation, DateTimeOffset storedAt, DateTimeOffset expiresAt, KeyValuePair<string, StringValues>[] headers, byte[] body)
    {
        public long Generation => generation;

        public DateTimeOffset ExpiresAt => expiresAt;

        public long Size { get; } = body.Length + (headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) * sizeof(char));

        public Task WriteAsync(HttpResponse response, DateTimeOffset now)
        {
            response.StatusCode = StatusCodes.Status200OK;
            var target = response.Headers;
            foreach (var (name, value) in headers)
            {
                target[name] = value;
            }

            target.Age = ((long)(now - storedAt).TotalSeconds).ToString(CultureInfo.InvariantCulture);
            target.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        }
    }
}
