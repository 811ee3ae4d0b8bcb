using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// A named row that lets exactly one instance run a watcher at a time (DESIGN §6): taken with one conditional UPDATE,
/// so it works the same on SQLite and PostgreSQL, renewed while the holder works and expiring soon after it dies.
/// Each watcher has its own name (e.g. <see cref="EGovPoller"/>); take one with <see cref="PollerLeaseStore.TryAcquireAsync"/>.
/// </summary>
public sealed class PollerLease : IPrivateBookkeeping
{
    /// <summary>The e-Gov law poller's lease (seeded by the migration).</summary>
    public const string EGovPoller = "egov-poller";

    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
