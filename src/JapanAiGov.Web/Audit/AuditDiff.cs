namespace JapanAiGov.Web.Audit;

/// <summary>Builds the field-by-field old → new list of an audit entry, leaving out fields that did not change.</summary>
public sealed class AuditDiff
{
    private readonly List<AuditFieldChange> _changes = [];

    public IReadOnlyList<AuditFieldChange> Changes => _changes;

    public AuditDiff Add(string field, object? oldValue, object? newValue)
    {
        var oldText = Format(oldValue);
        var newText = Format(newValue);
        if (!string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            _changes.Add(new AuditFieldChange(field, oldText, newText));
        }

        return this;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string text when text.Length == 0 => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
