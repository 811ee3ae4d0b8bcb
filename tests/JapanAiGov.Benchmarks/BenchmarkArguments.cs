using System.Globalization;

namespace JapanAiGov.Benchmarks;

/// <summary>The quick runs' arguments after the mode: numbers in order, and a sink by name anywhere (default SmtpServer).</summary>
public static class BenchmarkArguments
{
    public static (List<int> Numbers, SmtpSink Sink) Parse(string[] args)
    {
        List<int> numbers = [];
        var sink = SmtpSink.SmtpServer;
        foreach (var arg in args.Skip(1))
        {
            if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else
            {
                sink = Enum.Parse<SmtpSink>(arg, ignoreCase: true);
            }
        }

        return (numbers, sink);
    }
}
