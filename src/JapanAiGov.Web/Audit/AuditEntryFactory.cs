using JapanAiGov.Web.Accounts;

namespace JapanAiGov.Web.Audit;

public static class AuditEntryFactory
{
    public static AuditEntry ForItem(Editor editor, string action, int? itemId, string slug, IReadOnlyList<AuditFieldChange> changes, DateTimeOffset at) => new()
    {
        At = at,
        UserId = editor.UserId,
        UserName = editor.DisplayName,
        Action = action,
        EntityType = "Item",
        EntityKey = slug,
        ItemId = itemId,
        Changes = changes.ToList(),
    };

    public static AuditEntry ForUser(Editor editor, string action, string userId, IReadOnlyList<AuditFieldChange> changes, DateTimeOffset at) => new()
    {
        At = at,
        UserId = editor.UserId,
        UserName = editor.DisplayName,
        Action = action,
        EntityType = "User",
        EntityKey = userId,
        Changes = changes.ToList(),
    };
}
