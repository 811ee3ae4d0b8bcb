namespace JapanAiGov.Web.Alerts.Email;

/// <summary>Text bound for an email header contained CR, LF or another control character: refused, never cleaned up.</summary>
public sealed class UnsafeHeaderException(string field) : Exception($"The {field} contains a line break or control character and cannot be used in an email header.")
{
    public string Field { get; } = field;

    /// <summary>Returns <paramref name="value"/> when it is safe for a header; throws otherwise.</summary>
    public static string Check(string value, string field) =>
        value.Any(char.IsControl) ? throw new UnsafeHeaderException(field) : value;
}
