using BenchmarkDotNet.Running;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Figures, never pass/fail. Run: <c>dotnet run -c Release --project tests/JapanAiGov.Benchmarks -- --filter '*'</c>.
/// See docs/benchmarks.md for each benchmark and the figures last measured.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["alerts-run", ..])
        {
            await AlertDispatchRun.RunAsync(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
