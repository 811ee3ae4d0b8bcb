using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace JapanAiGov.Web.Hosting;

/// <summary>
/// Transport and protocol rules that hold for every request: forwarded headers from trusted proxies, HSTS in
/// Production, no Server header, 405 for methods a page does not serve, and 400/413 (not 500) for bodies that cannot
/// be read. See docs/operations.md, "Security".
/// </summary>
public static class HttpHardening
{
    /// <summary>Configuration section listing the reverse proxies whose X-Forwarded-For/-Proto headers are believed.</summary>
    public const string ForwardedHeadersSection = "ForwardedHeaders";

    /// <summary>The display name of the endpoint routing picks when a path matches but its method does not.</summary>
    private const string RoutingRejectsMethod = "405 HTTP Method Not Supported";

    private static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public static IServiceCollection AddHttpHardening(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        // Unless AllowedHosts is configured, only App:PublicBaseUrl's host and loopback names are answered: a forged
        // Host header would otherwise set the host of the redirects and links built from the request.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            {
                options.AllowedHosts = AllowedHostsFor(configuration[$"{AppOptions.Section}:{nameof(AppOptions.PublicBaseUrl)}"] ?? new AppOptions().PublicBaseUrl);
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            // Loopback proxies are trusted by default; others must be listed (ForwardedHeaders:KnownProxies:0=203.0.113.5).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection($"{ForwardedHeadersSection}:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{ForwardedHeadersSection}:KnownProxies holds '{proxy}', which is not an IP address."));
            }
        });
        return services;
    }

    /// <summary>The public host (as the client sends it, an IDN in its ASCII form) and the loopback names local checks use.</summary>
    public static List<string> AllowedHostsFor(string publicBaseUrl) =>
        [.. Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var url) ? [url.IdnHost] : Array.Empty<string>(), "localhost", "127.0.0.1", "[::1]"];

    /// <summary>Before everything else: the scheme and client address the proxy saw, and HSTS on https answers.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        // An https public address reached over plain http (a proxy that does not say X-Forwarded-Proto, a typed URL):
        // its Secure cookies cannot be set, so every form would fail. Reads go to the https address, writes get a
        // clear 400; health checks answer over either.
        var publicUrl = new Uri(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AppOptions>>().Value.PublicBaseUrl);
        if (publicUrl.Scheme == Uri.UriSchemeHttps)
        {
            app.Use((context, next) =>
            {
                if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
                {
                    return next(context);
                }

                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    var target = new Uri(publicUrl, context.Request.PathBase.Add(context.Request.Path).ToUriComponent().TrimStart('/') + context.Request.QueryString.ToUriComponent());
                    context.Response.Redirect(target.AbsoluteUri, permanent: true, preserveMethod: true);
                    return Task.CompletedTask;
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync($"This site is served over https only: {publicUrl.AbsoluteUri}. Nothing was saved; send the form again from there.");
            });
        }

        return app;
    }

    /// <summary>
    /// After routing: Razor Pages serve GET, HEAD and POST only; anything else (TRACE, PUT ...) is 405 with Allow.
    /// Endpoints that declare their methods (the API, feeds) get 405 from routing itself, whose Allow lists theirs.
    /// </summary>
    public static IApplicationBuilder UseMethodsPagesServe(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            // Routing's own 405 (for the API and feeds, which declare their methods) answers with their Allow; its error
            // page, re-executed with the request's method, must not answer again with the pages' methods.
            if (endpoint is not null && endpoint.DisplayName != RoutingRejectsMethod && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>() is null
                && !PageMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = string.Join(", ", PageMethods);
                return Task.CompletedTask;
            }

            return next(context);
        });

    /// <summary>
    /// A body that cannot be read (too large, too many fields, malformed) is the client's error, not ours; a write refused
    /// by a full disk is a temporary unavailability (503), and the error page says that nothing was saved.
    /// </summary>
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        Microsoft.AspNetCore.Http.BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ when Data.StorageFull.Is(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ExceptionHandlerOptions ExceptionHandler(string? path = null) => new()
    {
        ExceptionHandlingPath = path,
        StatusCodeSelector = StatusCodeFor,
    };
}
