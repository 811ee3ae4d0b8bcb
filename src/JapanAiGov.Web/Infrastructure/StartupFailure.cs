using Microsoft.Extensions.Options;
using Serilog;

namespace JapanAiGov.Web.Infrastructure;

internal static class StartupFailure
{
    /// <summary>Says plainly why the app could not start: for bad configuration, which key and why.</summary>
    public static void Report(Exception exception)
    {
        var chain = new List<Exception>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            chain.Add(current);
        }

        var validation = chain.OfType<OptionsValidationException>().FirstOrDefault();
        var binding = chain.OfType<InvalidOperationException>().FirstOrDefault(e => e.Message.Contains("configuration value at", StringComparison.Ordinal));
        var message = validation is not null ? "Invalid configuration: " + string.Join(" ", validation.Failures)
            : binding is not null ? "Invalid configuration: " + binding.Message + (binding.InnerException is null ? string.Empty : " " + binding.InnerException.Message)
            : string.Join(" ", chain.Select(e => e.Message));
        Console.Error.WriteLine("JapanAiGov could not start. " + message);
        Log.Logger.Fatal(exception, "JapanAiGov could not start: {Reason}", message);
        Log.CloseAndFlush();
    }
}
