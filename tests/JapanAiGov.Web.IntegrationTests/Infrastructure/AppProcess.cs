using System.Diagnostics;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>Runs the built app (the same entry point as <c>dotnet run</c>) as a child process, for command-line tests.</summary>
public static class AppProcess
{
    /// <summary>
    /// Starts <c>dotnet JapanAiGov.Web.dll args</c> with a fresh SQLite file unless <paramref name="environment"/> names one,
    /// closes its standard input, and returns its exit code and output (60 s at most).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the app as <see cref="RunAsync"/> does and returns at once: the caller reads its output (or not) and
    /// ends it, e.g. with <see cref="Process.Kill(bool)"/> for a crash. With no arguments it serves, on a random
    /// loopback port unless <paramref name="environment"/> sets ASPNETCORE_URLS.
    /// </summary>
    public static Process Start(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JapanAiGov.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"), "app.db")}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // Never the real e-Gov from a test: the watcher is off and points at a closed loopback port unless a test says otherwise.
        start.Environment["PublicComments__Enabled"] = "false";
        start.Environment["PublicComments__BaseUrl"] = "http://127.0.0.1:9/";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }
}
