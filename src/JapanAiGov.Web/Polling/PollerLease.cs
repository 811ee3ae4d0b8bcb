namespace JapanAiGov.Web.Polling;

/// <summary>
/// A row that lets exactly one instance poll at a time (DESIGN §6): taken with one conditional UPDATE, so it works
/// the same on SQLite and PostgreSQL, and it expires on its own if its holder dies.
/// </summary>
public sealed class PollerLease
{
    public const string EGovPoller = "egov-poller";

    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
