using Microsoft.Extensions.Options;
using Serilog;

namespace JapanAiGov.Web.Infrastructure;

internal static class StartupFailure
{
    /// <summary>Says plainly why the app could not start: for bad configuration, which key and why.</summary>
    public static void Report(Exception exception)
    {
        var message = exception switch
        {
            OptionsValidationException validation => "Invalid configuration: " + string.Join(" ", validation.Failures),
            InvalidOperationException { InnerException: not null } invalid when invalid.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase)
                => "Invalid configuration: " + invalid.Message + " " + invalid.InnerException!.Message,
            _ => exception.Message,
        };
        Console.Error.WriteLine("JapanAiGov could not start. " + message);
        Log.Logger.Fatal(exception, "JapanAiGov could not start: {Reason}", message);
        Log.CloseAndFlush();
    }
}
