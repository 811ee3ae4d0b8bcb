using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Audit;

/// <summary>One recorded change by an editor or admin: who, when, what, and which fields went from what to what.</summary>
public sealed class AuditEntry : IPrivateBookkeeping
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    /// <summary>The actor's display name at the time (accounts may be renamed later).</summary>
    public required string UserName { get; set; }

    public required string Action { get; set; }

    /// <summary>"Item" or "User".</summary>
    public required string EntityType { get; set; }

    /// <summary>The item's slug or the user's id at the time of the change.</summary>
    public required string EntityKey { get; set; }

    public int? ItemId { get; set; }

    public List<AuditFieldChange> Changes { get; set; } = [];
}
