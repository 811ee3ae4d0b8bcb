using System.Globalization;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Audit;

/// <summary>
/// An audit entry in the reader's language. Entries store identifiers (the action's English name, a field's property
/// name, a status key, an ISO instant) so the log stays the same whoever reads it; the page words them here.
/// </summary>
public static class AuditWording
{
    private static readonly ResourceText Text = new(typeof(AuditWording));

    /// <summary>"Status changed" as ステータス変更; an action this version does not know is shown as stored.</summary>
    public static string Action(string action) => Known("Action." + action) ?? action;

    public static string EntityType(string entityType) => Known("Entity." + entityType) ?? entityType;

    /// <summary>"EvidenceUrl" as 根拠URL.</summary>
    public static string Field(string field) => Known("Field." + field) ?? field;

    /// <summary>A stored value in the reader's forms: statuses and action levels by their labels, instants in JST, yes/no.</summary>
    public static string? Value(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return field switch
        {
            "Status" when Enum.TryParse<ItemStatus>(value, out var status) && Enum.IsDefined(status) => status.Label(),
            "Action" when Enum.TryParse<ActionLevel>(value, out var level) && Enum.IsDefined(level) => level.Label(),
            "WithdrawnAt" when value == "withdrawn" => Text["Value.Withdrawn"],
            "Role" => string.Join(Text["Value.Separator"], value.Split(',').Select(Role)),
            _ when bool.TryParse(value, out var flag) => Text[flag ? "Value.Yes" : "Value.No"],
            _ when value.Length > 10 && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) => JapanTime.Format(instant),
            _ => value,
        };
    }

    /// <summary>A role's name in the reader's language (Editor = 編集者, Admin = 管理者).</summary>
    public static string Role(string role) => Known("Role." + role) ?? role;

    private static string? Known(string key)
    {
        var value = Text[key];
        return value == key ? null : value;
    }
}
