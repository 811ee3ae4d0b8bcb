using Microsoft.AspNetCore.Routing.Patterns;
using Serilog;
using Serilog.Events;

namespace JapanAiGov.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog from the "Serilog" configuration section, with the console as the default sink.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                // Quiet defaults that hold even when appsettings.json is missing; configuration may still override them.
                logger.MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                    .ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "JapanAiGov");
                if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
                {
                    logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }
            },
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request, through the app's own Serilog logger (the static one stays silent because the host keeps
    /// it). A path under a route that carries a secret token (/alerts/confirm/{token}, /alerts/unsubscribe/{token}, any
    /// route with a parameter named like "token") is logged as that route's pattern whatever the method, casing or
    /// outcome — a PUT answered 405 or a longer path answered 404 matches no endpoint, but still carries the token.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        var secretRoutes = new Lazy<SecretRoute[]>(() => SecretRoute.All(app.Services.GetRequiredService<EndpointDataSource>()));
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(SecretRoute.Loggable(secretRoutes.Value, path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        return app;
    }

    /// <summary>A route whose path carries a secret: the literal segments before the secret, and the pattern logged instead.</summary>
    private sealed record SecretRoute(string Prefix, string Pattern)
    {
        public static SecretRoute[] All(EndpointDataSource endpoints) =>
        [
            .. endpoints.Endpoints.OfType<RouteEndpoint>()
                .Select(e => e.RoutePattern)
                .Where(p => p.Parameters.Any(IsSecret))
                .Select(p => new SecretRoute(
                    "/" + string.Join("/", p.PathSegments.TakeWhile(s => !s.Parts.OfType<RoutePatternParameterPart>().Any(IsSecret)).Select(Literal)) + "/",
                    "/" + (p.RawText ?? string.Empty).TrimStart('/')))
                .DistinctBy(r => r.Prefix, StringComparer.OrdinalIgnoreCase),
        ];

        public static string Loggable(SecretRoute[] routes, string path)
        {
            foreach (var route in routes)
            {
                if (path.StartsWith(route.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return route.Pattern;
                }
            }

            return path;
        }

        private static bool IsSecret(RoutePatternParameterPart parameter) => parameter.Name.Contains("token", StringComparison.OrdinalIgnoreCase);

        private static string Literal(RoutePatternPathSegment segment) =>
            string.Concat(segment.Parts.Select(part => part is RoutePatternLiteralPart literal ? literal.Content : "{…}"));
    }
}
