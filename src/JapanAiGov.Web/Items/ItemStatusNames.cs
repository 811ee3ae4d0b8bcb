namespace JapanAiGov.Web.Items;

/// <summary>
/// The one parser for status names in addresses (?status=), shared by the dashboard, the CSV export and the API:
/// a name (any case) or a comma-separated list of names. Numbers and enum flag arithmetic ("Reported,Confirmed" read
/// as one combined value) are never accepted.
/// </summary>
public static class ItemStatusNames
{
    public static string Expected => string.Join(", ", Enum.GetNames<ItemStatus>());

    /// <summary>An empty list for no text; false when any part is not a status name.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<ItemStatus> statuses)
    {
        statuses = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = new List<ItemStatus>();
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            var match = Enum.GetValues<ItemStatus>().Where(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count != 1)
            {
                return false;
            }

            if (!parsed.Contains(match[0]))
            {
                parsed.Add(match[0]);
            }
        }

        statuses = parsed;
        return true;
    }

    /// <summary>The list as it goes back into an address: "Reported,Confirmed".</summary>
    public static string Format(IEnumerable<ItemStatus> statuses) => string.Join(",", statuses);
}
