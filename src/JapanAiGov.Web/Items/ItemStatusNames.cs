namespace JapanAiGov.Web.Items;

/// <summary>Status names in addresses (?status=): <see cref="EnumNames"/> for <see cref="ItemStatus"/>.</summary>
public static class ItemStatusNames
{
    public static string Expected => EnumNames.Expected<ItemStatus>();

    /// <summary>An empty list for no text; false when any part is not a status name.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<ItemStatus> statuses) => EnumNames.TryParse(text, out statuses);

    /// <summary>The list as it goes back into an address: "Reported,Confirmed".</summary>
    public static string Format(IEnumerable<ItemStatus> statuses) => EnumNames.Format(statuses);
}
