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
    /// it). A path that carries a secret token (/alerts/confirm/{token}, /alerts/unsubscribe/{token}) is logged as its
    /// route pattern, so tokens never reach the log.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LoggablePath(context, path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        return app;
    }

    private static string LoggablePath(HttpContext context, string path) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern: { } pattern } && pattern.Parameters.Any(p => p.Name.Contains("token", StringComparison.OrdinalIgnoreCase))
            ? "/" + (pattern.RawText ?? path).TrimStart('/')
            : path;
}
