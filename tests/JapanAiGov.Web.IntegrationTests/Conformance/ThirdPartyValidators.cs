using System.Diagnostics;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>Runs tests/validators/validate.mjs (vnu, jing, ical.js, redocly) over a folder of rendered outputs.</summary>
public static class ThirdPartyValidators
{
    public static string ValidatorsDirectory { get; } = FindValidatorsDirectory();

    /// <summary>What is missing to run the validators here, or null when everything is installed.</summary>
    public static string? Missing()
    {
        if (!Directory.Exists(Path.Combine(ValidatorsDirectory, "node_modules")))
        {
            return $"{ValidatorsDirectory}/node_modules is missing (npm ci --prefix tests/validators)";
        }

        return new[] { "node", "java", "jing" }.FirstOrDefault(tool => !OnPath(tool)) is { } tool ? $"'{tool}' is not installed" : null;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string outputDirectory)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ValidatorsDirectory };
        start.ArgumentList.Add(Path.Combine(ValidatorsDirectory, "validate.mjs"));
        start.ArgumentList.Add(outputDirectory);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string FindValidatorsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "validators");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "validators-not-found");
    }
}
