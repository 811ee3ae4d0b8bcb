using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Data;

/// <summary>
/// For the few statements written as plain SQL: the value an instant is stored as, through the model's own
/// conversion (binary ticks on SQLite, see <see cref="AppDbContext"/>; the instant itself on PostgreSQL).
/// </summary>
public static class StoredInstant
{
    public static object Of(AppDbContext db, DateTimeOffset instant) =>
        db.Model.FindEntityType(typeof(Delivery))!.FindProperty(nameof(Delivery.CreatedAt))!.GetTypeMapping().Converter?.ConvertToProvider(instant) ?? instant;
}
