namespace JapanAiGov.Web.Items;

/// <summary>
/// The one parser for enum names in addresses (?status=, ?action=), shared by the dashboard, the CSV export and the API:
/// a name (any case) or a comma-separated list of names. Numbers and enum flag arithmetic ("Reported,Confirmed" read
/// as one combined value) are never accepted.
/// </summary>
public static class EnumNames
{
    /// <summary>The names to suggest in a message: "Monitor, Prepare, Act".</summary>
    public static string Expected<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    /// <summary>An empty list for no text; false when any part is not a name of <typeparamref name="TEnum"/>.</summary>
    public static bool TryParse<TEnum>(string? text, out IReadOnlyList<TEnum> values)
        where TEnum : struct, Enum
    {
        values = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = new List<TEnum>();
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            var match = Enum.GetValues<TEnum>().Where(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count != 1)
            {
                return false;
            }

            if (!parsed.Contains(match[0]))
            {
                parsed.Add(match[0]);
            }
        }

        values = parsed;
        return true;
    }

    /// <summary>The list as it goes back into an address: "Reported,Confirmed".</summary>
    public static string Format<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => string.Join(",", values);
}
