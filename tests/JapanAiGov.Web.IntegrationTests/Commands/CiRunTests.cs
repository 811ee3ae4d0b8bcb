using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace JapanAiGov.Web.IntegrationTests.Commands;

/// <summary>Issue 10 point 9: .ci/run stops the PostgreSQL cluster it started, whether the tests pass or fail.</summary>
public sealed partial class CiRunTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task CiRun_StopsThePostgresClusterItStarted(int testExitCode)
    {
        if (!OperatingSystem.IsLinux()
            || (!Directory.Exists("/usr/lib/postgresql") && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)))
        {
            return; // .ci/run is a Debian script; without PostgreSQL installed it has nothing to stop (under CI it installs it).
        }

        var repository = FindRepository();
        var stubs = Directory.CreateTempSubdirectory("japanaigov-ci-");
        var seen = Path.Combine(stubs.FullName, "postgres.txt");

        // A stand-in for dotnet: records the cluster .ci/run hands to the tests, and "fails" or "passes" as told.
        var dotnet = Path.Combine(stubs.FullName, "dotnet");
        await File.WriteAllTextAsync(dotnet, $"#!/bin/sh\nprintenv JAPANAIGOV_TEST_POSTGRES > '{seen}'\necho 'Passed!  - Failed:     0, Passed:     1, Skipped:     0, Total:     1'\nexit {testExitCode}\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, ".ci", "run")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = stubs.FullName + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["PGTEST_PORT"] = "56432";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);

        var connection = await File.ReadAllTextAsync(seen);
        var port = int.Parse(PortPattern().Match(connection).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var stillRunning = IsListening(port);
        if (stillRunning)
        {
            await StopClusterOnAsync(port);
        }

        Assert.Equal(testExitCode, process.ExitCode);
        Assert.False(stillRunning, $".ci/run left PostgreSQL running on port {port}.\n{await output}\n{await error}");
        stubs.Delete(recursive: true);
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Cleans up after a failing run: the cluster whose postmaster.pid names this port.</summary>
    private static async Task StopClusterOnAsync(int port)
    {
        foreach (var pidFile in Directory.GetDirectories(Path.GetTempPath(), "japanaigov-pg.*").Select(d => Path.Combine(d, "data", "postmaster.pid")).Where(File.Exists))
        {
            var lines = await File.ReadAllLinesAsync(pidFile);
            if (lines.Length > 3 && lines[3].Trim() == port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                using var stop = Process.Start("kill", ["-TERM", lines[0].Trim()]);
                await stop.WaitForExitAsync();
            }
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ".ci", "run")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No .ci/run above the test output.");
    }

    [GeneratedRegex("Port=([0-9]+)")]
    private static partial Regex PortPattern();
}
