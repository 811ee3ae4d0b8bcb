namespace JapanAiGov.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Below this much free space on the SQLite file's disk, /health/ready reports Degraded, while saves still succeed.
    /// 0 turns the check off. PostgreSQL's disk is the server's: its write check covers it.
    /// </summary>
    public long MinFreeDiskMegabytes { get; set; } = 100;
}
