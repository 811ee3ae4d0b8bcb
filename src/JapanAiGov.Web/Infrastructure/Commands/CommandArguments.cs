namespace JapanAiGov.Web.Infrastructure.Commands;

/// <summary>
/// <c>--name value</c> and <c>--name=value</c> pairs after the command words, optionally preceded by one positional
/// value (e.g. the id in <c>channels remove 3</c>).
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values;

    private CommandArguments(Dictionary<string, string> values, string? positional) => (_values, Positional) = (values, positional);

    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>The one value before any <c>--name</c>, if given.</summary>
    public string? Positional { get; }

    public static CommandArguments? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positional = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        for (var i = positional is null ? 0 : 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length < 3)
            {
                return null;
            }

            var name = args[i][2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[name[..equals]] = name[(equals + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else
            {
                values[name] = string.Empty;
            }
        }

        return new CommandArguments(values, positional);
    }
}
