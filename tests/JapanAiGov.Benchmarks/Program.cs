using System.Globalization;
using BenchmarkDotNet.Running;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Figures, never pass/fail. Run: <c>dotnet run -c Release --project tests/JapanAiGov.Benchmarks -- --filter '*'</c>.
/// <c>alerts-run [rounds] [batch size] [smtpserver|minimal]</c> is a quick single-shot figure for alert dispatch
/// (<see cref="AlertDispatchRun"/>), <c>smtp-sink-run [rounds] [smtpserver|minimal]</c> the SMTP sink's alone (<see cref="SmtpSinkRun"/>);
/// <c>add-items &lt;sqlite file&gt; &lt;count&gt;</c> adds <see cref="BenchmarkItems"/> to a migrated database (web-bench.sh).
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

        if (args is ["smtp-sink-run", ..])
        {
            await SmtpSinkRun.RunAsync(args);
            return;
        }

        if (args is ["add-items", var file, var count])
        {
            await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options);
            await BenchmarkItems.AddAsync(db, int.Parse(count, CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
